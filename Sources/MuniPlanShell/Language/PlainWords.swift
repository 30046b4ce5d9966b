/// The words of a line that holds nothing the lexer treats specially, found by bytes: most
/// script lines (`assign ict-grant いわき市`) are words between spaces, and reading them
/// Character by Character was the largest part of lexing a line.
enum PlainWords {
    /// The line's one segment (none for a blank line), as `Lexer.segments` gives it, or nil
    /// when the line needs the full lexer: quotes, backslashes, `;`, `#`, tabs, CR, U+3000,
    /// or a space that may be part of a larger Character (a combining mark after it, a
    /// prepended mark before it), which is then no separator.
    static func segments(_ line: String) -> [Lexer.Segment]? {
        var contiguous = line
        let words = contiguous.withUTF8 { bytes in Self.words(bytes, of: line) }
        return words.map { $0.isEmpty ? [] : [Lexer.Segment(words: $0, column: 1)] }
    }

    /// By the line's own bytes: each word is made once from its bytes, with room for a
    /// script line's words from the start.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>, of line: String) -> [Lexer.Word]? {
        var words: [Lexer.Word] = []
        words.reserveCapacity(4)
        var start: Int? = nil
        var column = 1, wordColumn = 1
        var ascii = true
        var previous: UInt8 = 0
        // The first byte of the last scalar that was not ASCII.
        var lead: UInt8 = 0
        func word(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0D, 0x22, 0x23, 0x27, 0x3B, 0x5C: return nil
            case 0x20:
                if previous >= 0x80, mayPrepend(lead) { return nil }
                if let first = start {
                    let text = word(first..<index)
                    words.append(Lexer.Word(text: text, column: wordColumn, quoted: false))
                    column += ascii ? index - first : text.count
                    start = nil
                }
                column += 1
            default:
                if byte >= 0xC0 {
                    if previous == 0x20, mayExtend(line.unicodeScalars[line.utf8.index(line.utf8.startIndex, offsetBy: index)]) { return nil }
                    if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return nil }
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
        }
        if let first = start { words.append(Lexer.Word(text: word(first..<bytes.count), column: wordColumn, quoted: false)) }
        return words
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
}
