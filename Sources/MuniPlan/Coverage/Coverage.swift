/// The answer to a coverage query against a plan: which bodies each measure covers in
/// the year (or through it), since when, and who could be covered at all. `coverage`,
/// `export coverage` and the report read it; its roll-ups and tables are built from it.
public struct Coverage: Sendable {
    public let query: CoverageQuery
    public let dataset: Dataset
    /// The plan asked about: its KPIs are held against it under the body table.
    public let plan: Plan
    /// Body codes covered, by measure id.
    private let coveredCodes: [String: Set<String>]
    /// The first year each body was covered through the query's year, by measure id.
    private let firstYears: [String: [String: FiscalYear]]

    public init(_ plan: Plan, dataset: Dataset, query: CoverageQuery) {
        self.query = query
        self.dataset = dataset
        self.plan = plan
        var covered: [String: Set<String>] = [:]
        var first: [String: [String: FiscalYear]] = [:]
        for measure in query.measures {
            covered[measure.id] = query.cumulative
                ? plan.coveredCumulative(measure.id, through: query.year) : plan.covered(measure.id, in: query.year)
            first[measure.id] = plan.firstCovered(measure.id, through: query.year)
        }
        coveredCodes = covered
        firstYears = first
    }

    public var measures: [Measure] { query.measures }
    public var year: FiscalYear { query.year }

    /// The codes `measure` covers; empty for a measure outside the query.
    public func covered(_ measure: String) -> Set<String> { coveredCodes[measure] ?? [] }

    public func status(of body: Body, under measure: Measure) -> CoverageStatus {
        if covered(measure.id).contains(body.code) {
            return .covered(since: firstYears[measure.id]?[body.code] ?? query.year)
        }
        return measure.isEligible(body) ? .notCovered : .ineligible
    }

    /// The ids of the query's measures covering the body, in query order.
    public func measures(covering code: String) -> [String] {
        query.measures.map(\.id).filter { covered($0).contains(code) }
    }
}
