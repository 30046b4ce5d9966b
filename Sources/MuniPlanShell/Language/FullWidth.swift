/// Full-width ASCII as an IME left in full-width mode types it (ｓｈｏｗ, －－ｆｙ, １９), read
/// as ASCII where the language expects ASCII: the command word, option names, keyword values
/// and numbers (`help input`). Body names, quoted text and file names keep what was typed:
/// the resolver folds widths of names itself, and a file name must never change.
enum FullWidth {
    /// Full-width ASCII (U+FF01…U+FF5E) to ASCII, and − (U+2212) to -; nothing else changes.
    static func ascii(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2212 }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { return ascii }
            return scalar.value == 0x2212 ? "-" : scalar
        }))
    }

    /// Whether an unquoted word is read as an option: it starts with `--`, in either width.
    static func startsOption(_ text: String) -> Bool { ascii(String(text.prefix(2))) == "--" }

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
