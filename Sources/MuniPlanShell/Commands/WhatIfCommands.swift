/// `undo`, `redo`, `snapshot`, `snapshots`, `diff`, `reset`: each a type of its own, in `WhatIf/`.
enum WhatIfCommands {
    static let specs: [CommandSpec] = [
        UndoCommand.spec,
        RedoCommand.spec,
        SnapshotCommand.spec,
        SnapshotsCommand.spec,
        DiffCommand.spec,
        ResetCommand.spec,
    ]
}
