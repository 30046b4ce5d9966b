/// Neutralises spreadsheet formula injection in CSV and TSV cells.
///
/// The rule (documented in docs/export-formats.md):
/// - Only `.text` cells are touched; `.integer` and `.decimal` cells are numbers and are
///   written as they are, so `-3` stays a number a spreadsheet can add up.
/// - A text cell whose first character is `=`, `+`, `-`, `@`, a tab or a carriage return
///   gets a leading apostrophe (`=SUM(A1)` → `'=SUM(A1)`), which spreadsheets show as
///   text and never evaluate.
/// - Two harmless shapes are left alone: a lone `-` (the usual "none" placeholder) and a
///   plain signed number such as `-3` or `+1.5` (a spreadsheet reads it as that number).
public enum FormulaGuard {
    /// The first characters that make a spreadsheet treat a cell as a formula.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

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
        guard let first = text.unicodeScalars.first, triggers.contains(first) else { return false }
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
