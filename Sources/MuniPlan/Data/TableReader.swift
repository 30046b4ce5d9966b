import TOMLKit

/// Typed access to TOML values that records a located issue for each missing or mistyped field.
struct TableReader {
    let file: String
    let lines: TOMLLines
    var issues: [DataIssue] = []

    mutating func issue(line: Int, _ what: Message) {
        issues.append(DataIssue(file: file, line: line, what))
    }

    mutating func issue(_ array: String, _ index: Int, _ key: String?, _ what: Message) {
        issue(line: lines.line(of: array, index, key: key), what)
    }

    /// `measure is missing 'id'`, at the entry's line.
    private mutating func missing(_ array: String, _ index: Int, _ key: String) {
        issue(array, index, nil, Message.Data.missingKey(array: array, key: key))
    }

    /// Every key of `table` not in `allowed`, at its line (`array` nil: the top level).
    mutating func unknownKeys(_ table: TOMLTable?, allowed: [String], array: String?, index: Int, in name: any MessageArgument) {
        guard let table else { return }
        for key in table.keys.sorted() where !allowed.contains(key) {
            let line = array.map { lines.line(of: $0, index, key: key) } ?? lines.topLevelLine(key: key)
            issue(line: line, Suggest.closest(key, in: allowed).map { Message.Data.unknownKeyDidYouMean(key: key, table: name, suggestion: $0) }
                ?? Message.Data.unknownKey(key: key, table: name, expected: MessageList(allowed)))
        }
    }

    mutating func tables(_ root: TOMLTable, _ name: String) -> [TOMLTable?] {
        guard let value = root[name] else {
            issue(line: 1, Message.Data.noEntries(name: name))
            return []
        }
        guard let array = value.array else {
            issue(name, 0, nil, Message.Data.notArrayOfTables(name: name))
            return []
        }
        return array.enumerated().map { i, element in
            if element.table == nil { issue(name, i, nil, Message.Data.entryNotTable(name: name, entry: i + 1)) }
            return element.table
        }
    }

    mutating func string(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> String? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        guard let s = value.string else { issue(array, i, key, Message.Data.notString(key: key)); return nil }
        if s.trimmingWhitespace().isEmpty { issue(array, i, key, Message.Data.emptyKey(key: key)); return nil }
        return printable(s, array, i, key)
    }

    /// An optional string (a note): nil when absent, or when refused with an issue.
    mutating func optionalString(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> String? {
        guard let s = table?[key]?.string else { return nil }
        return printable(s, array, i, key)
    }

    /// `s`, or nil with an issue when it holds a control character (a TOML escape such as
    /// `\u001b` puts one in a string the file itself shows as plain text).
    private mutating func printable(_ s: String, _ array: String, _ i: Int, _ key: String) -> String? {
        guard let problem = PrintableField.problem(key, s) else { return s }
        issue(array, i, key, problem)
        return nil
    }

    mutating func strings(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> [String]? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        guard let list = value.array, list.allSatisfy({ $0.string != nil }) else {
            issue(array, i, key, Message.Data.notStrings(key: key)); return nil
        }
        let strings = list.compactMap(\.string)
        return strings.allSatisfy({ printable($0, array, i, key) != nil }) ? strings : nil
    }

    mutating func int(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> Int? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        guard let n = value.int else { issue(array, i, key, Message.Data.notWholeNumber(key: key)); return nil }
        return n
    }

    mutating func number(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> Double? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        if let d = value.double, d.isFinite { return d }
        if let n = value.int { return Double(n) }
        issue(array, i, key, Message.Data.notNumber(key: key))
        return nil
    }
}
