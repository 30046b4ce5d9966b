/// What a table cell becomes in a workbook: text stays text (codes keep their leading
/// zeros, fiscal years stay `FY2022`), counts and decimals are numbers, and rates are
/// numbers shown with a % format.
///
/// A rate is a cell of a column whose id ends in `_pct` (a percentage, 62.5 → 0.625 shown
/// as 62.5%), of a probability column (id `p_…`, already a fraction), or a decimal in a row
/// whose `unit` cell is `%` (the KPI table's rate KPIs), or an achievement (達成率, `achievement`
/// and a scenario's `…_achievement`: a percentage whatever the KPI's unit).
enum XLSXCell: Equatable {
    case text(String)
    case number(Double, XLSXNumberFormat)
    case blank

    static func make(_ cell: Table.Cell, column: Table.Column, percentRow: Bool) -> XLSXCell {
        switch cell {
        case let .text(s): return s.isEmpty ? .blank : .text(s)
        case .empty: return .blank
        case let .integer(n):
            if column.id.hasSuffix("_pct") || percentRow { return .number(Double(n) / 100, .percent(places: 0)) }
            return .number(Double(n), .integer)
        case let .decimal(d, places):
            // Written from the same rounded digits as CSV, so both hold the same value.
            guard d.isFinite, let value = Double(cell.plain) else { return .text(cell.plain) }
            if column.id.hasSuffix("_pct") || percentRow || isAchievement(column) { return .number(value / 100, .percent(places: places)) }
            if column.id.hasPrefix("p_") { return .number(value, .percent(places: max(0, places - 2))) }
            return .number(value, .decimal(places: places))
        }
    }

    static func isAchievement(_ column: Table.Column) -> Bool {
        column.id == "achievement" || column.id.hasSuffix("_achievement")
    }

    /// Whether `row` holds a rate KPI: its `unit` column says `%`.
    static func isPercentRow(_ row: Table.Row, columns: [Table.Column]) -> Bool {
        guard let unit = columns.firstIndex(where: { $0.id == "unit" }), unit < row.cells.count else { return false }
        return row.cells[unit] == .text("%")
    }

    /// The text a person sees in the cell, for fitting the column's width.
    var shown: String {
        switch self {
        case let .text(s): s
        case .blank: ""
        case let .number(value, format): format.shown(value)
        }
    }
}

/// An Excel number format, one a kind of number.
enum XLSXNumberFormat: Hashable {
    case integer
    case decimal(places: Int)
    case percent(places: Int)

    /// The format code Excel stores: `#,##0`, `#,##0.00`, `0.0%`.
    var code: String {
        switch self {
        case .integer: "#,##0"
        case let .decimal(places): "#,##0" + Self.fraction(places)
        case let .percent(places): "0" + Self.fraction(places) + "%"
        }
    }

    func shown(_ value: Double) -> String {
        switch self {
        case .integer: Table.Cell.decimal(value, places: 0).display
        case let .decimal(places): Table.Cell.decimal(value, places: places).display
        case let .percent(places): Table.Cell.decimal(value * 100, places: places).display + "%"
        }
    }

    private static func fraction(_ places: Int) -> String {
        let n = min(max(places, 0), 15)
        return n == 0 ? "" : "." + String(repeating: "0", count: n)
    }
}
