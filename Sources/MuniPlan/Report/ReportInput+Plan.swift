/// The report's input assembled from a plan: the map shades each municipality by how many
/// of the measures cover it (or whether the one measure does), the bars count the
/// municipalities of each district covered by any of them, and the tables are the KPI
/// and by-body coverage tables.
extension ReportInput {
    public init(plan: Plan, dataset: Dataset, boundaries: Boundaries, options: ReportOptions, language: Language = .english) {
        typealias M = Message.Report
        func text(_ message: Message) -> String { message.text(in: language) }
        let measures = options.measure.map { [$0] } ?? dataset.measures
        let coverage = Coverage(plan, dataset: dataset,
                                query: CoverageQuery(measures: measures, year: options.year, cumulative: options.cumulative))
        let municipalities = dataset.bodies.filter { $0.kind.isMunicipality }
        var values: [String: Int] = [:]
        var details: [String: String] = [:]
        for body in municipalities {
            let ids = coverage.measures(covering: body.code)
            values[body.code] = ids.count
            details[body.code] = ids.isEmpty ? "—" : ids.joined(separator: " ")
        }
        let legend: [LegendEntry]
        let caption: String
        if let measure = options.measure {
            legend = [.init(value: 0, label: text(M.legendNotCovered)), .init(value: 1, label: text(M.legendCovered))]
            caption = "\(measure.id)（\(dataset.yearLabel(options.year).text(in: language))）"
        } else {
            let most = max(1, values.values.max() ?? 0)
            legend = (0...most).map { .init(value: $0, label: text(M.legendMeasures(n: $0))) }
            caption = text(M.captionMeasures(year: dataset.yearLabel(options.year)))
        }
        // Every district gets a bar, one without municipalities too.
        let bars = dataset.districts.map { district -> DistrictBar in
            let members = municipalities.filter { $0.district == district.name }
            return .init(district: district.name, covered: members.filter { (values[$0.code] ?? 0) > 0 }.count, total: members.count)
        }
        let named = options.measure.map(\.id)
        self.init(
            title: text(M.title(name: dataset.name)),
            subtitle: named.map { text(M.subtitleMeasure(title: coverage.title(in: language), measure: $0)) } ?? coverage.title(in: language),
            bodies: dataset.bodies, boundaries: boundaries,
            map: .init(caption: caption, values: values, legend: legend, details: details),
            barCaption: text(M.barCaption) + (named.map { "（\($0)）" } ?? ""),
            districtBars: bars, kpiTable: KPITable.make(plan, dataset: dataset, year: options.fiscalYear, language: language),
            coverageTable: coverage.bodyTable(language: language), language: language)
    }
}
