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

    /// A standard error in a sentence (the simulate summary, expect probability): the
    /// simulation tables' rule (`SimulationResult.standardErrorText`).
    static func standardError(_ se: Double) -> String { SimulationResult.standardErrorText(se) }

    /// The last simulation, refused when the plan's coverage has changed since.
    func currentSimulation(for what: String) throws(ShellError) -> SimulationResult {
        guard let record = session.simulation else { throw .refused(Message.Scenario.needsSimulation(what: what)) }
        // Only coverage feeds a simulation: a new weight or indicator leaves it current.
        guard record.plan.coverage == session.plan.coverage else {
            throw .refused(Message.Scenario.simulationStale(what: what))
        }
        return record.result
    }

    /// `export simulation [PART]`, in `language` (English for JSON).
    func simulationTable(_ part: SimulationTablePart, language: Language) throws(ShellError) -> Table {
        try currentSimulation(for: "export simulation").table(part, districts: session.dataset.districts, language: language)
    }
}
