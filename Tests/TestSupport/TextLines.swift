import Testing

// Finding and replacing text by line, for the tests that break one line of a data file and
// expect the issue on that line.

/// LF or CRLF ("\r\n" is a single Character in Swift).
public func isLineBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" }

/// The 1-based line number of the first line of `text` that contains `needle`.
public func lineNumber(of needle: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
    let index = lines.firstIndex { $0.contains(needle) }
    #expect(index != nil, "'\(needle)' is not in the file", sourceLocation: sourceLocation)
    return index.map { $0 + 1 }
}

/// Replaces the first occurrence of `old` (after the first occurrence of `marker`, when
/// given) and returns the new text with the 1-based line the replacement is on.
public func replacingFirst(_ old: String, with new: String, in text: String, after marker: String? = nil,
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> (text: String, line: Int) {
    var searchStart = text.startIndex
    if let marker {
        let found = try #require(text.range(of: marker), "marker '\(marker)' not found", sourceLocation: sourceLocation)
        searchStart = found.lowerBound
    }
    let range = try #require(text.range(of: old, range: searchStart..<text.endIndex),
                             "'\(old)' not found", sourceLocation: sourceLocation)
    let line = text[..<range.lowerBound].reduce(1) { isLineBreak($1) ? $0 + 1 : $0 }
    return (text.replacingCharacters(in: range, with: new), line)
}
