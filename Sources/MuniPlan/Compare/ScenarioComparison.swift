/// Scenarios set side by side over one data set: each one's KPIs (each in its own fiscal
/// year) and its coverage of every measure in one year (or through it). `compare` shows
/// its tables; a multi-map report reads `scenarios` and `coverage`.
public struct ScenarioComparison: Sendable {
    public let dataset: Dataset
    /// In the order given: the order of the columns.
    public let scenarios: [ScenarioOutcome]
    /// The year (or the last year, when cumulative) coverage is counted in.
    public let year: FiscalYear
    public let cumulative: Bool
    /// Each scenario's coverage of every measure, in scenario order.
    public let coverage: [Coverage]
    /// Each scenario's KPI results in catalogue order, in scenario order.
    public let kpis: [[KPIResult]]

    public init(dataset: Dataset, scenarios: [ScenarioOutcome], year: FiscalYear, cumulative: Bool = false) {
        self.dataset = dataset
        self.scenarios = scenarios
        self.year = year
        self.cumulative = cumulative
        let query = CoverageQuery(measures: dataset.measures, year: year, cumulative: cumulative)
        coverage = scenarios.map { Coverage($0.plan, dataset: dataset, query: query) }
        kpis = scenarios.map { KPIEvaluation.evaluate($0.plan, dataset: dataset) }
    }

    public var names: [String] { scenarios.map(\.name) }

    /// The ids of the parts' own columns: a scenario of such a name (or ending `_status`,
    /// as the KPI part's status columns do) would give a table two columns of one id.
    public static let keyColumnIDs: Set<String> = ["kpi", "measure", "fy", "target", "district", "code", "name", "total"]

    /// The endings of a scenario's own extra columns (`案A_status`; `案A_actual`, `案A_achievement`
    /// when it loads results).
    static let columnSuffixes = ["_status", "_actual", "_achievement"]

    /// Whether a scenario's name can head its columns.
    public static func canHeadColumns(_ name: String) -> Bool {
        !keyColumnIDs.contains(name) && !columnSuffixes.contains { name.hasSuffix($0) }
    }

    /// A scenario's 実績 and 達成率 columns in the KPI part.
    static func actualColumns(_ name: String, language: Language) -> [Table.Column] {
        [Table.Column(name + "_actual", label: Message.Results.columnActual(scenario: name).text(in: language), alignment: .right),
         Table.Column(name + "_achievement", label: Message.Results.columnAchievement(scenario: name).text(in: language), alignment: .right)]
    }

    /// `in FY2022 (R4)` / `through …`: when the coverage tables count.
    public func when(in language: Language) -> String {
        let year = dataset.yearLabel(year)
        return (cumulative ? Message.Compare.throughYear(year: year) : Message.Compare.inYear(year: year)).text(in: language)
    }

    /// Bodies covered by a measure in one scenario and not in every other, in code order.
    public func differingBodies(_ measure: String) -> [Body] {
        let sets = coverage.map { $0.covered(measure) }
        let anywhere = sets.reduce(into: Set<String>()) { $0.formUnion($1) }
        let everywhere = sets.dropFirst().reduce(sets.first ?? []) { $0.intersection($1) }
        let differing = anywhere.subtracting(everywhere)
        return dataset.bodies.filter { differing.contains($0.code) }
    }

    /// Measures some scenario covers any body with: the ones the district table shows.
    public var coveredMeasures: [Measure] {
        dataset.measures.filter { measure in coverage.contains { !$0.covered(measure.id).isEmpty } }
    }

    /// Every (year, measure) some scenario allocated for, by year then catalogue order.
    public var allocationKeys: [(year: FiscalYear, measure: String)] {
        let order = Dictionary(dataset.measures.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        var keys: [(year: FiscalYear, measure: String)] = []
        for allocation in scenarios.flatMap(\.allocations) where seen.insert("\(allocation.year.year) \(allocation.measure)").inserted {
            keys.append((allocation.year, allocation.measure))
        }
        return keys.sorted { a, b in
            a.year != b.year ? a.year < b.year : (order[a.measure] ?? Int.max, a.measure) < (order[b.measure] ?? Int.max, b.measure)
        }
    }

    /// The allocation a scenario made for a measure in a year.
    public func allocation(_ scenario: Int, year: FiscalYear, measure: String) -> ScenarioAllocation? {
        scenarios[scenario].allocations.first { $0.year == year && $0.measure == measure }
    }

    /// Whether any scenario has a simulation to compare.
    public var simulates: Bool { scenarios.contains { $0.simulation != nil } }
}
