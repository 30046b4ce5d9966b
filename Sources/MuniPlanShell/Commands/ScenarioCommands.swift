/// `run`, `save`, `expect` (each a type of its own, in Scenarios/).
enum ScenarioCommands {
    static let specs: [CommandSpec] = [
        RunCommand.spec,
        SaveCommand.spec,
        ExpectCommand.spec,
    ]
}
