/// How a command is spelled in a saved scenario: long argument lists wrapped so the file
/// stays readable and diff-friendly.
enum LineForm {
    /// `head` and its words, ten words a line with `\` continuations (one logical line).
    static func wrapped(_ head: String, _ words: [String]) -> String {
        let chunks = stride(from: 0, to: words.count, by: 10).map { words[$0..<min($0 + 10, words.count)].joined(separator: " ") }
        guard chunks.count > 1 else { return head + " " + (chunks.first ?? "") }
        return chunks.enumerated().map { i, chunk in
            (i == 0 ? head + " " : "    ") + chunk + (i < chunks.count - 1 ? " \\" : "")
        }.joined(separator: "\n")
    }
}
