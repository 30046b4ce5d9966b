/// One sheet of a workbook: a table, written as a header row and its records, with an
/// optional column chart of some of its columns.
public struct WorkbookSheet: Sendable, Equatable {
    public let name: String
    public let table: Table
    public let chart: WorkbookChart?

    public init(name: String, table: Table, chart: WorkbookChart? = nil) {
        self.name = name
        self.table = table
        self.chart = chart
    }
}

/// A native Excel chart on its sheet: one series a value column, one category a row;
/// columns (the default) or lines (a series over dates), with optional axis titles.
public struct WorkbookChart: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case column, line }

    public let title: String
    /// The column whose cells name the categories (e.g. `district`).
    public let categoryColumn: String
    /// The columns plotted, one series each.
    public let valueColumns: [String]
    public let kind: Kind
    /// The axes' titles; none when nil.
    public let categoryAxis: String?
    public let valueAxis: String?

    public init(title: String, categoryColumn: String, valueColumns: [String], kind: Kind = .column,
                categoryAxis: String? = nil, valueAxis: String? = nil) {
        self.title = title
        self.categoryColumn = categoryColumn
        self.valueColumns = valueColumns
        self.kind = kind
        self.categoryAxis = categoryAxis
        self.valueAxis = valueAxis
    }
}
