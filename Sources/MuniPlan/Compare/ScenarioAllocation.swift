/// One allocation a scenario made: the last one for its measure in its year.
public struct ScenarioAllocation: Sendable, Equatable {
    public let year: FiscalYear
    public let measure: String
    /// Codes of the chosen bodies.
    public let chosen: [String]
    /// The sum of the chosen bodies' need scores.
    public let totalNeed: Double
    /// The sum of their costs, when the allocation had a cost (`--budget … --cost …`).
    public let totalCost: Double?

    public init(year: FiscalYear, measure: String, chosen: [String], totalNeed: Double, totalCost: Double?) {
        self.year = year
        self.measure = measure
        self.chosen = chosen
        self.totalNeed = totalNeed
        self.totalCost = totalCost
    }

    public init(year: FiscalYear, measure: String, result: AllocationResult) {
        self.init(year: year, measure: measure, chosen: result.chosen, totalNeed: result.totalScore, totalCost: result.totalCost)
    }
}
