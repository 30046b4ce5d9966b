/// The words of a line that holds nothing the lexer treats specially, found by bytes: most
/// script lines (`assign ict-grant いわき市`) are words between spaces, and reading them
/// Character by Character was the largest part of lexing a line.
enum PlainWords {
    /// The line's one segment (none for a blank line), as `Lexer.segments` gives it, or nil
    /// when the line needs the full lexer: quotes, backslashes, `;`, `#`, tabs, CR, U+3000,
    /// or a space that may be part of a larger Character (a combining mark after it, a
    /// prepended mark before it), which is then no separator.
    static func segments(_ line: String) -> [Lexer.Segment]? {
        var words: [Lexer.Word] = []
        let utf8 = line.utf8
        var start: String.Index? = nil
        var column = 1, wordColumn = 1
        var ascii = true
        var previous: UInt8 = 0
        // The first byte of the last scalar that was not ASCII.
        var lead: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case 0x09, 0x0D, 0x22, 0x23, 0x27, 0x3B, 0x5C: return nil
            case 0x20:
                if previous >= 0x80, mayPrepend(lead) { return nil }
                if let first = start {
                    let text = String(line[first..<index])
                    words.append(Lexer.Word(text: text, column: wordColumn, quoted: false))
                    column += ascii ? utf8.distance(from: first, to: index) : text.count
                    start = nil
                }
                column += 1
            default:
                if byte >= 0xC0 {
                    if previous == 0x20, mayExtend(line.unicodeScalars[index]) { return nil }
                    if byte == 0xE3, isIdeographicSpace(utf8, at: index) { return nil }
                    lead = byte
                }
                if start == nil {
                    start = index
                    wordColumn = column
                    ascii = true
                }
                if byte >= 0x80 { ascii = false }
            }
            previous = byte
            index = utf8.index(after: index)
        }
        if let first = start { words.append(Lexer.Word(text: String(line[first...]), column: wordColumn, quoted: false)) }
        return words.isEmpty ? [] : [Lexer.Segment(words: words, column: 1)]
    }

    /// Whether a scalar after a space joins it into one Character (a combining mark, a
    /// spacing mark, ZWJ).
    private static func mayExtend(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D
    }

    /// Whether a scalar with this first byte may be a prepended mark, which joins the space
    /// after it (all are in U+0600–U+0FFF or past U+FFFF; kana and kanji never are).
    private static func mayPrepend(_ lead: UInt8) -> Bool { (0xD8...0xE0).contains(lead) || lead >= 0xF0 }

    /// U+3000 (E3 80 80), the ideographic space: a separator for the full lexer.
    private static func isIdeographicSpace(_ utf8: String.UTF8View, at index: String.Index) -> Bool {
        guard let second = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex), second != utf8.endIndex,
              let third = utf8.index(second, offsetBy: 1, limitedBy: utf8.endIndex), third != utf8.endIndex else { return false }
        return utf8[second] == 0x80 && utf8[third] == 0x80
    }
}
