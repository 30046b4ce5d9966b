/// Finds the line of `[[name]]` number i, and of a key inside it, in the raw text:
/// the parsed TOML tables do not keep positions.
struct TOMLLines {
    private let lines: [Substring]

    /// Split at each `\n`, a `\r` before it dropped (CRLF files), by bytes: splitting by
    /// Character walked the file's graphemes at every start.
    init(_ text: String) {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, i = start, previous: UInt8 = 0
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 10 {
                let end = previous == 13 && start < i ? utf8.index(before: i) : i
                lines.append(text[start..<end])
                start = utf8.index(after: i)
            }
            previous = byte
            i = utf8.index(after: i)
        }
        lines.append(text[start..<utf8.endIndex])
        self.lines = lines
    }

    /// The line of a top-level key: a stray `key = …` before the first table, else the
    /// first header naming it (`[key]`, `[[key]]`, `[key.sub]`), else 1.
    func topLevelLine(key: String) -> Int {
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: " \t\r")
            if t.hasPrefix("[") { break }
            if t.hasPrefix(key), t.dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") { return i + 1 }
        }
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: " \t\r").drop { $0 == "[" }.trimmingCharacters(in: " \t")
            if line.trimmingCharacters(in: " \t\r").hasPrefix("["), t.hasPrefix(key),
               let next = t.dropFirst(key.count).first, next == "]" || next == "." || next == " " {
                return i + 1
            }
        }
        return 1
    }

    func line(of array: String, _ index: Int, key: String?) -> Int {
        let headers = lines.indices.filter {
            let t = lines[$0].trimmingCharacters(in: " \t\r")
            return t == "[[\(array)]]" || t == "[\(array)]"
        }
        guard index < headers.count else { return 1 }
        let start = headers[index]
        guard let key else { return start + 1 }
        var i = start + 1
        while i < lines.count {
            let t = lines[i].trimmingCharacters(in: " \t\r")
            if t.hasPrefix("[") { break }
            if t.hasPrefix(key), t.dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") { return i + 1 }
            i += 1
        }
        return start + 1
    }
}
