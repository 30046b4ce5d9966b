import MuniPlan

/// `allocate` and `explain`, each a type of its own.
enum AllocationCommands {
    static let specs: [CommandSpec] = [
        AllocateCommand.spec,
        ExplainCommand.spec,
    ]
}
