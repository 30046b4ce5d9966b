/// One scenario as it ended, run in a session of its own: what `compare` sets side by side
/// and a multi-map report draws (a `ReportInput` is made from `plan`).
public struct ScenarioOutcome: Sendable {
    /// The column heading: the file's name without its extension (`案A` for `案A.plan`).
    public let name: String
    /// The path as the user gave it, for messages.
    public let file: String
    public let plan: Plan
    /// The fiscal year the scenario ended in (what its edits applied to last).
    public let year: FiscalYear
    /// Its allocations, by year then measure in catalogue order.
    public let allocations: [ScenarioAllocation]
    /// Its last simulation, when that still describes the final plan's coverage.
    public let simulation: SimulationResult?

    public init(name: String, file: String, plan: Plan, year: FiscalYear, allocations: [ScenarioAllocation],
                simulation: SimulationResult?) {
        self.name = name
        self.file = file
        self.plan = plan
        self.year = year
        self.allocations = allocations
        self.simulation = simulation
    }

    /// `案A` for `scenarios/案A.plan`: the last path component without its last extension
    /// (a name that is all extension, `.plan`, stays as it is).
    public static func name(ofFile file: String) -> String {
        let last = PathBytes.lastComponent(file)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }
}
