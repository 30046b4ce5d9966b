import MuniPlan

/// Full-width ASCII as an IME left in full-width mode types it (ｓｈｏｗ, －－ｆｙ, １９), read
/// as ASCII where the language expects ASCII: the command word, option names, keyword values
/// and numbers (`help input`). Body names, quoted text and file names keep what was typed:
/// the resolver folds widths of names itself, and a file name must never change.
enum FullWidth {
    /// Full-width ASCII to ASCII, as the core folds fiscal years and file cells (`WidthFolding`).
    static func ascii(_ text: String) -> String { WidthFolding.ascii(text) }

    /// Whether an unquoted word is read as an option: it starts with `--`, in either width.
    static func startsOption(_ text: String) -> Bool {
        // `-` (2D), or the first byte of `－` (EF BC 8D) or `−` (E2 88 92): else no option.
        guard let first = text.utf8.first, first == 0x2D || first == 0xEF || first == 0xE2 else { return false }
        return ascii(String(text.prefix(2))) == "--"
    }

    /// An option word's name (in ASCII) and its inline `=VALUE` (as typed), or nil when the
    /// word is no option. Only the name is folded: `--to=ｆｉｌｅ.csv` keeps its file name.
    static func option(_ text: String) -> (name: String, inline: String?)? {
        guard startsOption(text), text.count > 2 else { return nil }
        guard let eq = text.firstIndex(where: { $0 == "=" || $0 == "＝" }) else { return (ascii(text), nil) }
        return (ascii(String(text[..<eq])), String(text[text.index(after: eq)...]))
    }

    /// A keyword value typed in full width (ｎｅｅｄ, ｃｓｖ) as the keyword it spells; any other
    /// word as it was, so that the command's own error quotes what was typed.
    static func keyword(_ text: String, in words: [String]) -> String {
        let folded = ascii(text)
        return folded != text && words.contains(folded) ? folded : text
    }
}
