/// A word that lists bodies with 、 or ， (as an IME types a list: 檜枝岐村、昭和村) or `,`,
/// read as one word a body. Only words for a list of bodies are split: a number keeps its
/// grouping comma (11,000), and no body name holds one of these.
enum BodyList {
    static let separators: Set<Character> = ["、", "，", ","]

    /// The bodies a word names, each with the column it starts at; a quoted word stays whole.
    static func split(_ word: Lexer.Word) -> [Lexer.Word] {
        guard !word.quoted, word.text.contains(where: separators.contains) else { return [word] }
        var parts: [Lexer.Word] = []
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
        return parts
    }
}
