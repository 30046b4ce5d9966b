/// CSV (RFC 4180) for a `Table`: a header (ASCII column ids, or in Japanese the labels),
/// then one line per record.
/// Subtotal and total rows are left out; numbers are plain (no thousands separators, `.`
/// decimals); text cells are neutralised against formula injection (`FormulaGuard`).
/// A field is enclosed in double quotes when it holds a comma, a double quote (doubled),
/// a CR or an LF. Every line, the last included, ends with `lineEnding`.
public enum CSVTableEncoder {
    /// With `excel`, a text cell of digits with a leading zero (a code such as 072010) is
    /// written as `="072010"`: Excel otherwise reads it as the number 72010 and drops the zero.
    public static func text(_ table: Table, lineEnding: LineEnding = .lf, excel: Bool = false,
                            language: Language = .english) -> String {
        var out = ""
        func line(_ fields: [String]) {
            out += fields.map(quoted).joined(separator: ",")
            out += lineEnding.rawValue
        }
        line(header(table, language: language))
        for row in table.records {
            line(cells(of: row, count: table.columns.count).map { cell in
                if excel, case let .text(text) = cell, isZeroLedDigits(text) { return "=\"\(text)\"" }
                return FormulaGuard.field(cell)
            })
        }
        return out
    }

    /// The header of a machine format: ids for English (what scripts key on), the labels a
    /// person reads for Japanese, neutralised like any text cell (a label comes from data).
    static func header(_ table: Table, language: Language) -> [String] {
        table.columns.map { language == .japanese ? FormulaGuard.neutralise($0.label) : $0.id }
    }

    static func isZeroLedDigits(_ text: String) -> Bool {
        text.utf8.count > 1 && text.utf8.first == 48 && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// The field as RFC 4180 writes it.
    public static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + doublingQuotes(field) + "\""
    }

    private static func doublingQuotes(_ field: String) -> String {
        var out = ""
        out.reserveCapacity(field.utf8.count + 2)
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A row's cells padded with `.empty` (or cut) to the number of columns.
    static func cells(of row: Table.Row, count: Int) -> [Table.Cell] {
        if row.cells.count >= count { return Array(row.cells.prefix(count)) }
        return row.cells + Array(repeating: .empty, count: count - row.cells.count)
    }
}
