import Foundation
import TestSupport
import Testing
@testable import MuniPlan

// Helpers for the simulation tests: the bundled uptake model, uniform models whose every
// multiplier is 1, and plans built from (year, measure, bodies).

/// The bundled uptake model, read against the bundled data set.
func bundledUptakeModel() throws -> UptakeModel {
    try UptakeModel.load(path: bundledDataDirectory.appendingPathComponent(UptakeModel.fileName).path,
                         shownAs: UptakeModel.fileName, dataset: try bundledDataset())
}

/// A model in which every eligible body the plan supports adopts with probability `p` a
/// year (every multiplier 1; `carryOver` in years the measure does not cover it again).
func uniformModel(_ p: Double, carryOver: Double = 1, measures: [String] = ["ict-grant", "smart-city"]) -> UptakeModel {
    let support = Dictionary(uniqueKeysWithValues: SupportState.allCases.map { ($0, 1.0) })
    let kinds = Dictionary(uniqueKeysWithValues: BodyKind.allCases.map { ($0, 1.0) })
    let uptakes = measures.map {
        MeasureUptake(measure: $0, base: p, support: support, kinds: kinds, sizes: [SizeBand(below: nil, multiplier: 1)],
                      carryOver: carryOver)
    }
    return UptakeModel(advisorMeasure: "advisor", grantMeasure: "ict-grant", measures: uptakes, file: "test")
}

/// A plan covering, for each entry, the bodies (codes) with the measure in the year.
func makePlan(_ entries: [(year: Int, measure: String, codes: [String])]) -> Plan {
    var plan = Plan()
    for entry in entries {
        let year = FiscalYear(entry.year)
        plan.setCovered(plan.covered(entry.measure, in: year).union(entry.codes), measure: entry.measure, year: year)
    }
    return plan
}

/// The codes of the first `n` municipalities in code order, after skipping `skip`.
func municipalityCodes(_ n: Int, skip: Int = 0) throws -> [String] {
    Array(try bundledDataset().bodies.filter { $0.kind.isMunicipality }.dropFirst(skip).prefix(n).map(\.code))
}

/// The FY2022 shape used across tests: 42 AI/RPA grants, 19 advisors (overlapping 10 of
/// them), two smart-city bodies.
func fy2022LikePlan() throws -> Plan {
    makePlan([
        (2022, "ict-grant", try municipalityCodes(42, skip: 17)),
        (2022, "advisor", try municipalityCodes(19, skip: 8)),
        (2022, "smart-city", try municipalityCodes(2)),
    ])
}

/// Runs a simulation of the bundled data set, failing the test on an error.
func simulate(_ plan: Plan, model: UptakeModel, runs: Int = 4_000, seed: UInt64 = 7, through: Int? = nil,
              threads: Int? = nil, measures: [String] = []) throws -> SimulationResult {
    let options = SimulationOptions(runs: runs, seed: seed, through: through.map(FiscalYear.init), measures: measures,
                                    threads: threads)
    return try SimulationEngine.run(dataset: try bundledDataset(), plan: plan, model: model, options: options)
}

/// The index of a KPI in a result.
func kpiIndex(_ id: String, in result: SimulationResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
    try #require(result.kpis.firstIndex { $0.kpi.id == id }, "KPI \(id) was not simulated", sourceLocation: sourceLocation)
}

/// P(X ≥ k) for X ~ Binomial(n, p).
func binomialTail(n: Int, p: Double, atLeast k: Int) -> Double {
    var total = 0.0
    var coefficient = 1.0
    for i in 0...n {
        if i > 0 { coefficient = coefficient * Double(n - i + 1) / Double(i) }
        if i >= k { total += coefficient * pow(p, Double(i)) * pow(1 - p, Double(n - i)) }
    }
    return total
}
