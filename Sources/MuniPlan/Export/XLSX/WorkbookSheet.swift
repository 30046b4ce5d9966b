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

/// A native Excel column chart on its sheet: one series a value column, one category a row.
public struct WorkbookChart: Sendable, Equatable {
    public let title: String
    /// The column whose cells name the categories (e.g. `district`).
    public let categoryColumn: String
    /// The columns plotted, one series each.
    public let valueColumns: [String]

    public init(title: String, categoryColumn: String, valueColumns: [String]) {
        self.title = title
        self.categoryColumn = categoryColumn
        self.valueColumns = valueColumns
    }
}
