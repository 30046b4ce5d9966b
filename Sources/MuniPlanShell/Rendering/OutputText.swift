import MuniPlan

extension Output {
    /// What this output shows as text, for the screen and for a redirection's file alike:
    /// prose reflowed to `width` (when there is one), a file's text as it is, a table in
    /// `format`; nil for a notice, which goes to standard error either way. `escaped` makes
    /// prose safe for a terminal (a table's renderer escapes its own text); a file gets it
    /// as the command wrote it.
    /// What text keeps unescaped: made once, not a set a line.
    private static let lineBreak: Set<Unicode.Scalar> = ["\n"]

    public func shown(format: OutputFormat, color: Bool, language: Language, width: Int?, escaped: Bool) -> String? {
        switch self {
        case let .text(text):
            let fitted = width.map { TextWrapper.reflow(text, width: $0) } ?? text
            return escaped ? VisibleText.escaping(fitted, keeping: Self.lineBreak) : fitted
        case .notice: return nil
        case let .formatted(text): return text
        case let .table(table):
            return OutputRenderer(format: format, color: color, language: language, width: width).render(table)
        }
    }
}
