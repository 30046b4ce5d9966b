import MuniPlan

/// `simulate` (a type of its own), and the words of `expect probability`.
enum SimulationCommands {
    static let specs: [CommandSpec] = [
        SimulateCommand.spec,
    ]
}
