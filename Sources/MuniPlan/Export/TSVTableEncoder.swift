/// Tab-separated values for a `Table`: the CSV rules without quoting. A field cannot hold
/// a tab or a line break, so each tab, CR, LF or CRLF inside a field becomes one space.
/// Header of ASCII column ids (labels in Japanese); subtotal and total rows left out; text cells neutralised
/// against formula injection (`FormulaGuard`) before the replacement.
public enum TSVTableEncoder {
    public static func text(_ table: Table, lineEnding: LineEnding = .lf, language: Language = .english) -> String {
        var out = ""
        func line(_ fields: [String]) {
            out += fields.map(flattened).joined(separator: "\t")
            out += lineEnding.rawValue
        }
        line(CSVTableEncoder.header(table, language: language))
        for row in table.records {
            line(CSVTableEncoder.cells(of: row, count: table.columns.count).map(FormulaGuard.field))
        }
        return out
    }

    /// `field` with tabs and line breaks replaced by spaces (CRLF counts as one).
    public static func flattened(_ field: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\t": out += " "; previousWasCR = false
            case "\r": out += " "; previousWasCR = true
            case "\n":
                if !previousWasCR { out += " " }
                previousWasCR = false
            default: out.unicodeScalars.append(scalar); previousWasCR = false
            }
        }
        return out
    }
}
