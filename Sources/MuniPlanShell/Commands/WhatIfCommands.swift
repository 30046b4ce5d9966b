/// `undo`, `redo`, `snapshot`, `snapshots`, `diff`, `reset`.
enum WhatIfCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("undo", group: .whatIf, usage: "undo", summary: "take back the last change to the plan (the last 1,000 changes are kept)",
                    examples: ["undo"]) { _ throws(ShellError) in .undo },
        CommandSpec("redo", group: .whatIf, usage: "redo", summary: "make the change undo took back again",
                    examples: ["redo"]) { _ throws(ShellError) in .redo },
        CommandSpec("snapshot", group: .whatIf, usage: "snapshot NAME", summary: "remember the plan as it is now under a name",
                    details: "A name taken again replaces its snapshot. A session keeps at most \(SnapshotList.limit) snapshots.",
                    examples: ["snapshot before-allocation"],
                    positionals: [PositionalSpec("NAME", .text)]) { args throws(ShellError) in
            .snapshot(args.positionals[0].text)
        },
        CommandSpec("snapshots", group: .whatIf, usage: "snapshots", summary: "list the snapshots",
                    examples: ["snapshots"]) { _ throws(ShellError) in .snapshots },
        CommandSpec("diff", group: .whatIf, usage: "diff [A] [B]",
                    summary: "bodies gained and lost per measure and year, and KPI changes, between two snapshots",
                    details: "Without arguments: the last snapshot against now. With one: that snapshot against now. `now` names the current plan.",
                    examples: ["diff", "diff before-allocation", "diff a b"],
                    positionals: [PositionalSpec("A", .snapshot, optional: true), PositionalSpec("B", .snapshot, optional: true)]) { args throws(ShellError) in
            .diff(args.positional(0), args.positional(1))
        },
        CommandSpec("reset", group: .whatIf, usage: "reset", summary: "start again from an empty plan (undo brings it back)",
                    examples: ["reset"]) { _ throws(ShellError) in .reset },
    ]
}
