/// Finds where things are in the raw text of `uptake.toml`: the parsed TOML keeps no
/// positions. Knows the file's shape: a `[support]` table, then `[[uptake]]` entries, each
/// with `[uptake.support]`, `[uptake.kind]` and `[[uptake.size]]` sub-tables.
struct UptakeLines {
    /// Where a value lives.
    enum Place {
        /// A top-level table such as `[support]`.
        case table(String)
        /// The keys directly under entry i of `[[uptake]]`.
        case entry(Int)
        /// A sub-table of entry i, such as `[uptake.kind]`.
        case subTable(Int, String)
        /// Band k of `[[uptake.size]]` in entry i.
        case band(Int, Int)
    }

    static let entryArray = "uptake"

    private let lines: [Substring]

    // "\r\n" is one Character: split on it too, or a CRLF file is a single line.
    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: " \t\r") }
    }

    /// The 1-based line of `key` in `place`, else of the place's header, else 1.
    func line(_ place: Place, key: String? = nil) -> Int {
        guard let header = headerIndex(place) else { return 1 }
        guard let key else { return header + 1 }
        var i = header + 1
        while i < lines.count, !isHeader(lines[i]) {
            if lines[i].hasPrefix(key), lines[i].dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") { return i + 1 }
            i += 1
        }
        return header + 1
    }

    /// The 1-based line of a top-level key written before any table (a stray key).
    func topLevelLine(key: String) -> Int {
        for (i, line) in lines.enumerated() {
            if isHeader(line) { break }
            if line.hasPrefix(key) { return i + 1 }
        }
        return firstHeader(named: key).map { $0 + 1 } ?? 1
    }

    private func headerIndex(_ place: Place) -> Int? {
        switch place {
        case let .table(name): return firstHeader(named: name)
        case let .entry(i): return entryRange(i)?.lowerBound
        case let .subTable(i, name):
            guard let range = entryRange(i) else { return nil }
            return range.first { headerName(lines[$0]) == "\(Self.entryArray).\(name)" } ?? range.lowerBound
        case let .band(i, k):
            guard let range = entryRange(i) else { return nil }
            let bands = range.filter { headerName(lines[$0]) == "\(Self.entryArray).size" }
            return k < bands.count ? bands[k] : (bands.first ?? range.lowerBound)
        }
    }

    /// Lines from entry i's `[[uptake]]` header up to the next one.
    private func entryRange(_ i: Int) -> Range<Int>? {
        let headers = lines.indices.filter { lines[$0].hasPrefix("[[") && headerName(lines[$0]) == Self.entryArray }
        guard i < headers.count else { return nil }
        return headers[i]..<(i + 1 < headers.count ? headers[i + 1] : lines.count)
    }

    private func firstHeader(named name: String) -> Int? {
        lines.indices.first { headerName(lines[$0]) == name }
    }

    private func isHeader(_ line: Substring) -> Bool { headerName(line) != nil }

    /// `uptake.size` for `[[uptake.size]]` or `[ uptake.size ]  # comment`; nil if not a header.
    private func headerName(_ line: Substring) -> String? {
        guard line.hasPrefix("[") else { return nil }
        var text = line
        if let hash = text.firstIndex(of: "#") { text = text[..<hash].trimmingCharacters(in: " \t") }
        guard text.hasSuffix("]") else { return nil }
        var inner = text.drop { $0 == "[" }
        while inner.last == "]" { inner = inner.dropLast() }
        return String(inner.filter { $0 != " " && $0 != "\t" })
    }
}
