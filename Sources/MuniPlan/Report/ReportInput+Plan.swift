/// The report's input assembled from a plan: the map shades each municipality by how many
/// of the measures cover it (or whether the one measure does, labelling the covered ones);
/// with every measure, a small map each and a district × measure table; with one, bars of
/// its coverage by district. Then the KPI and by-body coverage tables, measures named as
/// the reader knows them (short Japanese names under Japanese, ids under English).
extension ReportInput {
    /// `japancodeLicenceText`: the contents of `LICENSE-japancode.txt`, shown under the
    /// sources (MIT asks for it to accompany copies).
    public init(plan: Plan, dataset: Dataset, boundaries: Boundaries, options: ReportOptions, language: Language = .english,
                japancodeLicenceText: String? = nil) {
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
            details[body.code] = ids.isEmpty ? "—" : ids.map { Self.label(of: $0, in: dataset, language) }.joined(separator: " ")
        }
        let year = dataset.yearLabel(options.year)
        let bars = { (covered: Set<String>) in
            dataset.districts.map { district -> DistrictBar in
                let members = municipalities.filter { $0.district == district.name }
                return .init(district: district.name, covered: members.filter { covered.contains($0.code) }.count, total: members.count)
            }
        }
        let map: MapLayer
        var measureMaps: [MapLayer] = []
        var matrix: DistrictMatrix?
        var districtBars: [DistrictBar] = []
        if let measure = options.measure {
            let name = Self.label(of: measure.id, in: dataset, language)
            let covered = Set(municipalities.filter { (values[$0.code] ?? 0) > 0 }.map(\.code))
            map = .coverage(caption: "\(name)（\(year.text(in: language))）", codes: municipalities.map(\.code), covered: covered,
                            coveredLabel: text(M.legendCovered), notCoveredLabel: text(M.legendNotCovered), details: details)
                .labelling(municipalities.map(\.code).filter(covered.contains))
            districtBars = bars(covered)
        } else {
            let most = max(1, values.values.max() ?? 0)
            map = .init(caption: text(M.captionMeasures(year: year)), values: values,
                        legend: (0...most).map { .init(value: $0, label: text(M.legendMeasures(count: $0))) }, details: details)
            var rows: [DistrictMatrix.Row] = []
            for measure in measures {
                let covered = coverage.covered(measure.id).intersection(municipalities.map(\.code))
                let name = Self.label(of: measure.id, in: dataset, language)
                measureMaps.append(.coverage(caption: "\(name) \(covered.count)/\(municipalities.count)", codes: municipalities.map(\.code),
                                             covered: covered, coveredLabel: text(M.legendCovered), notCoveredLabel: text(M.legendNotCovered)))
                rows.append(.init(label: name, cells: bars(covered)))
            }
            matrix = DistrictMatrix(districts: dataset.districts.map(\.name), rows: rows, totalLabel: dataset.totalName.text(in: language))
        }
        // The plan the measures quote first: the report is about it.
        let sources = Attribution.bundled(dataset: dataset, japancodeLicenceText: japancodeLicenceText)
        let named = options.measure.map { Self.label(of: $0.id, in: dataset, language) }
        var facts: [Fact] = []
        if let scenario = options.scenario, !scenario.isEmpty { facts.append(.init(label: text(M.factScenario), value: scenario)) }
        facts.append(.init(label: text(M.factYear), value: year.text(in: language)))
        facts.append(.init(label: text(M.factData),
                           value: text(M.dataAsOf(census: M.census, plan: dataset.yearLabel(dataset.firstFiscalYear)))))
        if let date = options.date { facts.append(.init(label: text(M.factDate), value: date.text(in: language))) }
        self.init(
            title: text(M.title(name: dataset.name)),
            subtitle: named.map { text(M.subtitleMeasure(title: coverage.title(in: language), measure: $0)) } ?? coverage.title(in: language),
            bodies: dataset.bodies, boundaries: boundaries, map: map,
            barCaption: text(M.barCaption) + (named.map { "（\($0)）" } ?? ""),
            districtBars: districtBars, barTotalLabel: dataset.totalName.text(in: language),
            kpiTable: Self.naming(KPITable.make(plan, dataset: dataset, year: options.fiscalYear, language: language),
                                  dataset: dataset, language: language),
            coverageTable: Self.naming(coverage.bodyTable(language: language), dataset: dataset, language: language),
            sources: sources.filter { $0.part == .plan } + sources.filter { $0.part != .plan }, language: language)
        self.datasetName = dataset.name
        self.facts = facts
        self.measureMaps = measureMaps
        self.districtMatrix = matrix
        self.trends = dataset.series.compactMap { SeriesLineChart(measure: $0.measure, dataset: dataset, language: language) }
    }

    /// A measure as a reader of `language` knows it: its short Japanese name (or its name)
    /// in Japanese, its id in English.
    static func label(of id: String, in dataset: Dataset, _ language: Language) -> String {
        guard language == .japanese, let measure = dataset.measure(id: id) else { return id }
        return measure.alias ?? measure.name
    }

    /// A table with its measure columns (coverage) and `measure` cells (KPIs) named by
    /// `label(of:)`; ids and the rest stay.
    static func naming(_ table: Table, dataset: Dataset, language: Language) -> Table {
        guard language == .japanese else { return table }
        let columns = table.columns.map { column in
            dataset.measure(id: column.id) == nil ? column
                : Table.Column(column.id, label: label(of: column.id, in: dataset, language), alignment: column.alignment)
        }
        let measureColumn = table.columns.firstIndex { $0.id == "measure" }
        let rows = table.rows.map { row -> Table.Row in
            guard let c = measureColumn, c < row.cells.count, case let .text(id) = row.cells[c], dataset.measure(id: id) != nil else { return row }
            var cells = row.cells
            cells[c] = .text(label(of: id, in: dataset, language))
            return Table.Row(cells, kind: row.kind)
        }
        return Table(name: table.name, title: table.title, columns: columns, rows: rows, footer: table.footer)
    }
}

extension ReportInput.MapLayer {
    /// The layer with `codes` to label where they fit.
    func labelling(_ codes: [String]) -> Self {
        var layer = self
        layer.labels = codes
        return layer
    }
}
