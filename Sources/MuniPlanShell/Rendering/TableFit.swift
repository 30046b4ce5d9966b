import MuniPlan

/// The second step of fitting a table to a terminal: narrower columns whose text wraps.
/// A column can be as narrow as its widest word (its widest number, for numbers, which
/// never wrap); the widest columns give up room first, a column at a time, so short
/// columns keep their one line.
enum TableFit {
    /// Columns and the two spaces between each.
    static func total(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The narrowest each column can be: its widest unbreakable piece of text, or the whole
    /// of a number.
    static func minimums(_ table: Table, header: [String], body: [[String]]) -> [Int] {
        var minimums = header.map(TextWrapper.longestUnit)
        for (row, cells) in zip(table.rows, body) {
            for (i, cell) in cells.enumerated() where i < minimums.count {
                let numeric = i < row.cells.count && row.cells[i].isNumeric
                minimums[i] = max(minimums[i], numeric ? DisplayWidth.of(cell) : TextWrapper.longestUnit(cell))
            }
        }
        return minimums
    }

    /// Widths within `limit`, taking from the widest column that can still give, or nil
    /// when even the narrowest columns do not fit (then the table prints as record blocks).
    static func widths(_ natural: [Int], minimums: [Int], limit: Int) -> [Int]? {
        guard total(minimums) <= limit else { return nil }
        var widths = natural
        var excess = total(widths) - limit
        while excess > 0 {
            guard let widest = widths.indices.filter({ widths[$0] > minimums[$0] }).max(by: { widths[$0] < widths[$1] }) else { return nil }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}
