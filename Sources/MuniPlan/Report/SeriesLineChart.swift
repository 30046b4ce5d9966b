/// An observed series over time as lines: the prefecture (or country) and each district,
/// rates in percent by date. The report draws it as inline SVG (`svg()`), the workbook as
/// a sheet of one column a line with a native line chart (`table()`).
public struct SeriesLineChart: Sendable {
    public struct Line: Sendable {
        public let name: String
        /// The total (drawn heavier) rather than a district.
        public let isTotal: Bool
        public let points: [(date: SeriesDate, rate: Double)]
    }

    public let title: String
    public let dateAxis: String
    public let rateAxis: String
    /// The total first, then the districts in the data set's order.
    public let lines: [Line]
    /// Every date any line has, ascending.
    public let dates: [SeriesDate]
    /// Where the figures come from (the series' attribution).
    public let source: [String]
    public let language: Language

    /// The chart of `measure`'s series over every body the data set has it for; nil when
    /// the data set holds no such series.
    public init?(measure: String, dataset: Dataset, language: Language) {
        typealias M = Message.Report
        guard let series = dataset.series(of: measure), !series.dates.isEmpty else { return nil }
        let units = SeriesUnit.units(series, dataset: dataset, codes: dataset.bodies.map(\.code), bodies: false, districts: true)
        let ordered = units.filter { $0.kind == .total } + units.filter { $0.kind == .district }
        lines = ordered.map { unit in
            Line(name: unit.name.text(in: language), isTotal: unit.kind == .total,
                 points: unit.observations.map { (date: $0.date, rate: $0.rate) })
        }
        guard !lines.isEmpty else { return nil }
        dates = Array(Set(lines.flatMap { $0.points.map(\.date) })).sorted()
        title = M.trendHeading(total: dataset.totalName).text(in: language)
        dateAxis = M.trendAxisDate.text(in: language)
        rateAxis = M.trendAxisRate.text(in: language)
        source = SeriesTables.source(series, language)
        self.language = language
    }

    /// One row a date, one column a line (rates to one decimal): what the workbook charts.
    public func table() -> Table {
        let columns = [Table.Column("date", label: dateAxis)]
            + lines.enumerated().map { Table.Column("line_\($0.offset + 1)", label: $0.element.name, alignment: .right) }
        let byDate = lines.map { line in Dictionary(line.points.map { ($0.date, $0.rate) }, uniquingKeysWith: { a, _ in a }) }
        let rows = dates.map { date in
            Table.Row([.text(date.description)] + byDate.map { $0[date].map { .decimal($0, places: 1) } ?? .empty })
        }
        return Table(name: "trend-chart", title: title, columns: columns, rows: rows, footer: source)
    }

    /// The workbook's line chart of `table()`: dates along, a line per column.
    public func workbookChart() -> WorkbookChart {
        WorkbookChart(title: title, categoryColumn: "date", valueColumns: lines.indices.map { "line_\($0 + 1)" },
                      kind: .line, categoryAxis: dateAxis, valueAxis: rateAxis)
    }
}
