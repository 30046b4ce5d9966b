/// What changed between two plans: bodies gained and lost per measure and year, other
/// settings, and KPI values that moved.
public struct PlanDiff: Sendable {
    public struct CoverageChange: Sendable, Equatable {
        public let year: FiscalYear
        public let measure: String
        public let gained: [String]
        public let lost: [String]
    }

    public struct KPIChange: Sendable, Equatable {
        public let kpi: KPI
        public let before: KPIResult
        public let after: KPIResult
    }

    public let coverage: [CoverageChange]
    public let kpis: [KPIChange]
    /// Capacities, weights, indicators, planned values: one line each.
    public let settings: [String]
    private let dataset: Dataset

    public init(from a: Plan, to b: Plan, dataset: Dataset) {
        self.dataset = dataset
        var coverage: [CoverageChange] = []
        for year in Set(a.years + b.years).sorted() {
            for measure in dataset.measures.map(\.id) {
                let before = a.covered(measure, in: year), after = b.covered(measure, in: year)
                guard before != after else { continue }
                let order = dataset.bodies.map(\.code)
                coverage.append(CoverageChange(year: year, measure: measure,
                                               gained: order.filter { after.contains($0) && !before.contains($0) },
                                               lost: order.filter { before.contains($0) && !after.contains($0) }))
            }
        }
        self.coverage = coverage
        let resultsA = KPIEvaluation.evaluate(a, dataset: dataset), resultsB = KPIEvaluation.evaluate(b, dataset: dataset)
        kpis = zip(resultsA, resultsB).filter { $0.value != $1.value }.map { KPIChange(kpi: $0.kpi, before: $0, after: $1) }
        var settings: [String] = []
        for measure in Set(a.capacities.keys).union(b.capacities.keys).sorted() where a.capacities[measure] != b.capacities[measure] {
            settings.append("capacity \(measure): \(a.capacities[measure].map(String.init) ?? "default") → \(b.capacities[measure].map(String.init) ?? "default")")
        }
        if a.weights != b.weights { settings.append("need weights changed") }
        if a.indicators != b.indicators { settings.append("indicators: \(a.indicators.names.joined(separator: " ")) → \(b.indicators.names.joined(separator: " "))") }
        for year in Set(a.plannedValues.keys).union(b.plannedValues.keys).sorted() {
            for kpi in dataset.kpis.map(\.id) where a.plannedValue(kpi, in: year) != b.plannedValue(kpi, in: year) {
                settings.append("\(kpi) \(year.token): \(a.plannedValue(kpi, in: year).map { "\($0)" } ?? "none") → \(b.plannedValue(kpi, in: year).map { "\($0)" } ?? "none")")
            }
        }
        self.settings = settings
    }

    public var isEmpty: Bool { coverage.isEmpty && kpis.isEmpty && settings.isEmpty }

    /// One row per change: coverage first, then KPIs and settings.
    public func table(describe: (FiscalYear) -> String) -> Table {
        func names(_ codes: [String]) -> String { codes.compactMap { dataset.body(code: $0)?.name }.joined(separator: " ") }
        var rows: [Table.Row] = coverage.map {
            Table.Row([.text("coverage"), .text(describe($0.year)), .text($0.measure),
                       .text($0.gained.isEmpty ? "" : "+\($0.gained.count) " + names($0.gained)),
                       .text($0.lost.isEmpty ? "" : "−\($0.lost.count) " + names($0.lost))])
        }
        rows += kpis.map {
            Table.Row([.text("kpi"), .text($0.after.year.token), .text($0.kpi.id),
                       .text(Self.value($0.before) + " → " + Self.value($0.after)), .text(Self.status($0.after))])
        }
        rows += settings.map { Table.Row([.text("setting"), .empty, .empty, .text($0), .empty]) }
        return Table(name: "diff", columns: [
            Table.Column("change"), Table.Column("fy"), Table.Column("what"), Table.Column("gained"), Table.Column("lost"),
        ], rows: rows)
    }

    static func value(_ r: KPIResult) -> String {
        r.value.map(NumberText.shortest) ?? "none"
    }

    static func status(_ r: KPIResult) -> String {
        switch r.status {
        case .met: "met"
        case .over: "over"
        case .short: "short"
        case .notPlanned: "not planned"
        }
    }
}
