/// A plan across fiscal years: which bodies each measure covers each year, capacities,
/// need weights, imported indicators, planned values of event, rate and volume KPIs, and the
/// KPI targets it sets.
/// A value: editing gives a new plan, so undo, snapshots and diff are comparisons of values.
/// Years before the data set's first fiscal year form the baseline bucket ("before FY2022").
public struct Plan: Sendable, Equatable {
    /// year → measure id → covered body codes.
    public private(set) var coverage: [FiscalYear: [String: Set<String>]] = [:]
    /// Per-year limits set by `capacity`, overriding the catalogue's defaults.
    public var capacities: [String: Int] = [:]
    public var weights: NeedWeights
    public var indicators: Indicators = Indicators()
    /// What happened (`actual load`): held against the plan by `kpi` and `coverage`.
    public var actuals: Actuals = Actuals()
    /// year → KPI id → planned value (events, rate, volume KPIs).
    public private(set) var plannedValues: [FiscalYear: [String: Double]] = [:]
    /// KPI targets set in the plan (`target`), replacing the data's.
    public var targets: PlanTargets = PlanTargets()

    public init(weights: NeedWeights = .defaults) {
        self.weights = weights
    }

    public func covered(_ measure: String, in year: FiscalYear) -> Set<String> {
        coverage[year]?[measure] ?? []
    }

    /// Every (year, measure, body) covered: how many bodies a change moved (`undo` says so).
    public var coveredCount: Int { coverage.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } } }

    /// Bodies covered in any year up to and including `year` (baseline included).
    public func coveredCumulative(_ measure: String, through year: FiscalYear) -> Set<String> {
        var out = Set<String>()
        for (y, measures) in coverage where y <= year { out.formUnion(measures[measure] ?? []) }
        return out
    }

    /// Bodies covered in a year before `year`.
    public func coveredBefore(_ measure: String, _ year: FiscalYear) -> Set<String> {
        coveredCumulative(measure, through: year.advanced(by: -1))
    }

    /// The first year each body is covered by the measure, through `year`.
    public func firstCovered(_ measure: String, through year: FiscalYear) -> [String: FiscalYear] {
        var first: [String: FiscalYear] = [:]
        for y in coverage.keys.sorted() where y <= year {
            for code in coverage[y]?[measure] ?? [] where first[code] == nil { first[code] = y }
        }
        return first
    }

    /// Edits a measure's coverage for a year where the plan holds it: a plan whose coverage
    /// no other value shares (the session's) changes without a copy of the set or of the
    /// dictionaries around it. An emptied coverage is removed, as `setCovered` removes it.
    mutating func editCovered<Result>(_ measure: String, in year: FiscalYear, _ edit: (inout Set<String>) -> Result) -> Result {
        let result = edit(&coverage[year, default: [:]][measure, default: []])
        if coverage[year]?[measure]?.isEmpty == true { setCovered([], measure: measure, year: year) }
        return result
    }

    public mutating func setCovered(_ codes: Set<String>, measure: String, year: FiscalYear) {
        if codes.isEmpty {
            coverage[year]?[measure] = nil
            if coverage[year]?.isEmpty == true { coverage[year] = nil }
        } else {
            coverage[year, default: [:]][measure] = codes
        }
    }

    public func plannedValue(_ kpi: String, in year: FiscalYear) -> Double? { plannedValues[year]?[kpi] }

    public mutating func setPlannedValue(_ value: Double?, kpi: String, year: FiscalYear) {
        if let value {
            plannedValues[year, default: [:]][kpi] = value
        } else {
            plannedValues[year]?[kpi] = nil
            if plannedValues[year]?.isEmpty == true { plannedValues[year] = nil }
        }
    }

    /// Every year the plan mentions, in order.
    public var years: [FiscalYear] {
        Set(coverage.keys).union(plannedValues.keys).sorted()
    }

    public func capacity(of measure: Measure) -> Int? { capacities[measure.id] ?? measure.defaultCapacity }
}
