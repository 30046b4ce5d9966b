/// `fy`, `assign`, `unassign`, `capacity`, `set`, `indicators`: each a type of its own, in `Editing/`.
enum EditingCommands {
    static let specs: [CommandSpec] = [
        FyCommand.spec,
        AssignCommand.spec,
        UnassignCommand.spec,
        CapacityCommand.spec,
        SetCommand.spec,
        IndicatorsCommand.spec,
    ]
}
