/// Neutralises spreadsheet formula injection in CSV and TSV cells.
///
/// The rule (documented in docs/export-formats.md):
/// - Only `.text` cells are touched; `.integer` and `.decimal` cells are numbers and are
///   written as they are, so `-3` stays a number a spreadsheet can add up.
/// - A text cell whose first character is `=`, `+`, `-`, `@`, a tab or a carriage return
///   gets a leading apostrophe (`=SUM(A1)` → `'=SUM(A1)`), which spreadsheets show as
///   text and never evaluate. The full-width `＝＋－＠` count as the ASCII ones (Japanese
///   Excel and IMEs turn them into those), and invisible characters before the first
///   visible one (U+200B, U+FEFF, U+00AD, variation selectors…) are looked through: an
///   encoder or a spreadsheet may drop them and leave the formula bare.
/// - Encoders apply the guard to the text as it will be written (after CP932's character
///   mapping, for instance), so no later step can bring a trigger to the front.
/// - Two harmless shapes are left alone: a lone `-` (the usual "none" placeholder) and a
///   plain signed number such as `-3` or `+1.5` (a spreadsheet reads it as that number).
public enum FormulaGuard {
    /// The first characters that make a spreadsheet treat a cell as a formula.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r",
                                                       "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// The prefix that turns a would-be formula into text.
    public static let prefix = "'"

    /// The cell's plain value, neutralised when it is text that could run as a formula.
    public static func field(_ cell: Table.Cell) -> String {
        guard case let .text(text) = cell else { return cell.plain }
        return neutralise(text)
    }

    /// `text` with the prefix added when it would start a formula.
    public static func neutralise(_ text: String) -> String {
        needsPrefix(text) ? prefix + text : text
    }

    public static func needsPrefix(_ text: String) -> Bool {
        let visible = text.unicodeScalars.drop(while: InvisibleCharacters.contains)
        guard let first = visible.first, triggers.contains(first) else { return false }
        // Only a cell that is exactly `-` or a plain number is left alone; one with an
        // invisible character in front is not what a person typed.
        if visible.count != text.unicodeScalars.count { return true }
        if text == "-" { return false }
        return !isPlainSignedNumber(text)
    }

    /// `-3`, `+12.5`: a sign, digits, and an optional fraction of digits; nothing else.
    static func isPlainSignedNumber(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        guard let sign = scalars.first, sign == "-" || sign == "+" else { return false }
        scalars = scalars.dropFirst()
        let parts = String(scalars).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        func digits(_ s: Substring) -> Bool {
            !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 }
        }
        return parts.allSatisfy(digits)
    }
}
