import Foundation
import MuniPlan

/// The last simulation and the plan it simulated: `expect probability` and `export
/// simulation` refuse a result whose coverage the plan has moved on from.
struct SimulationRecord: Sendable, Equatable {
    let result: SimulationResult
    let plan: Plan
}

/// The last simulation as `expect probability` and `export simulation` read it.
extension Interpreter {
    /// A probability or its standard error as printed.
    static func decimal(_ p: Double) -> String { Table.Cell.decimal(p, places: 4).plain }

    /// The last simulation, refused when the plan's coverage has changed since.
    func currentSimulation(for what: String) throws(ShellError) -> SimulationResult {
        guard let record = session.simulation else { throw .invalid("\(what) needs a simulation: run simulate first") }
        // Only coverage feeds a simulation: a new weight or indicator leaves it current.
        guard record.plan.coverage == session.plan.coverage else {
            throw .invalid("the plan's coverage has changed since the last simulate: run simulate again before \(what)")
        }
        return record.result
    }

    /// `export simulation [PART]`.
    func simulationTable(_ part: SimulationTablePart) throws(ShellError) -> Table {
        try currentSimulation(for: "export simulation").table(part, districts: session.dataset.districts)
    }

    /// `expect probability KPI [TARGET] OP P [--fy FY]`: for each KPI named (a KPI id, or
    /// every KPI of a measure), P(count ≥ TARGET) in the KPI's year (or FY) OP P.
    func checkProbability(_ name: String, target: Double?, comparison: Comparison, value: Double,
                          fy: String?) throws(ShellError) -> String {
        let result = try currentSimulation(for: "expect probability")
        let kpis = result.kpis
        let byID = kpis.indices.filter { kpis[$0].kpi.id == name }
        let indices = byID.isEmpty ? kpis.indices.filter { kpis[$0].kpi.measure == name } : byID
        guard !indices.isEmpty else {
            let dataset = session.dataset
            if dataset.kpis.contains(where: { $0.id == name || $0.measure == name }) {
                throw .invalid("\(name) was not simulated (simulated: \(result.setup.measures.joined(separator: ", ")))")
            }
            throw .plan(.unknownKPI(name, known: kpis.map(\.kpi.id) + result.setup.measures))
        }
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        var checked: [(what: String, p: Double)] = []
        var seen = Set<String>()
        for k in indices {
            let kpi = kpis[k]
            let when = year ?? kpi.kpi.fiscalYear
            guard let t = result.yearIndex(when) else {
                let span = "\(result.years[0].token)–\(result.years[result.years.count - 1].token)"
                throw .invalid("\(when.token) was not simulated (\(span)): simulate --through \(when.token)")
            }
            let threshold = target.map(SimulationSetup.threshold) ?? kpi.threshold
            let subject = target == nil ? kpi.kpi.id : name
            let what = "P(\(subject) ≥ \(threshold) \(kpi.isCumulative ? "by" : "in") \(when.token))"
            guard seen.insert(what).inserted else { continue }
            checked.append((what, result.probability(kpi: k, year: t, atLeast: threshold)))
        }
        let stated = "probability \(name)\(target.map { " " + NumberText.shortest($0) } ?? "") \(comparison.rawValue) \(NumberText.shortest(value))"
        let actual = checked.map { "\($0.what) = \(Self.decimal($0.p)) (s.e. \(Self.decimal(result.standardError($0.p))))" }
            .joined(separator: ", ")
        guard checked.allSatisfy({ comparison.holds($0.p, value) }) else {
            throw .expectation("expected \(stated), actual \(actual), \(Table.Cell.integer(result.runs).display) runs")
        }
        return "ok: \(stated) (\(actual))"
    }
}
