/// A covered cell as staff write it: 済/未, ○/×, yes/no, 1/0, true/false (any case,
/// full-width or half-width).
enum ActualCell {
    static let yes: Set<String> = ["済", "済み", "実施", "○", "〇", "◯", "yes", "y", "1", "true", "done"]
    static let no: Set<String> = ["未", "未実施", "×", "✕", "x", "no", "n", "0", "false", "-", "－"]

    /// True or false; nil when the word is neither.
    static func covered(_ field: String) -> Bool? {
        let word = WidthFolding.ascii(field).trimmingWhitespace().lowercased()
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }

    /// The words `actual` accepts, as the errors list them.
    static let words = MessageList(["済/未", "○/×", "yes/no", "1/0", "true/false"])
}
