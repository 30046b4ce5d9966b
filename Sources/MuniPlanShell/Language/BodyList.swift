/// A word that lists bodies with 、 or ， (as an IME types a list: 檜枝岐村、昭和村) or `,`,
/// read as one word a body. Only words for a list of bodies are split: a number keeps its
/// grouping comma (11,000), and no body name holds one of these.
enum BodyList {
    static let separators: Set<Character> = ["、", "，", ","]

    /// Whether the bytes hold `,`, `、` (E3 80 81) or `，` (EF BC 8C): without one, no
    /// Character is a separator, and the word is not looked at Character by Character.
    private static func mayHoldSeparator(_ text: String) -> Bool {
        var before1: UInt8 = 0, before2: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x2C || (byte == 0x81 && before1 == 0x80 && before2 == 0xE3) || (byte == 0x8C && before1 == 0xBC && before2 == 0xEF) {
                return true
            }
            before2 = before1
            before1 = byte
        }
        return false
    }

    /// The bodies a word names, each with the column it starts at; a quoted word stays whole.
    /// Appended where the words go: a word without a separator is one body, as most are.
    static func split(_ word: Lexer.Word, into parts: inout [Lexer.Word]) {
        guard !word.quoted, mayHoldSeparator(word.text), word.text.contains(where: separators.contains) else { return parts.append(word) }
        var current = ""
        var start = word.column
        for (offset, character) in word.text.enumerated() {
            guard separators.contains(character) else {
                current.append(character)
                continue
            }
            if !current.isEmpty { parts.append(Lexer.Word(text: current, column: start, quoted: false)) }
            current = ""
            start = word.column + offset + 1
        }
        if !current.isEmpty { parts.append(Lexer.Word(text: current, column: start, quoted: false)) }
    }
}
