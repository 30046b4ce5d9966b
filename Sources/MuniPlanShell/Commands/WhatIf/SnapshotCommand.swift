import MuniPlan

/// `snapshot NAME`: the plan as it is now, kept under a name for `diff`.
struct SnapshotCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("snapshot", group: .whatIf, summary: "remember the plan as it is now under a name",
                                  details: "A name taken again replaces its snapshot. A session keeps at most \(SnapshotList.limit) snapshots.",
                                  examples: ["snapshot before-allocation"],
                                  positionals: [PositionalSpec("NAME", .text)], runs: SnapshotCommand.self)

    let name: String

    init(name: String) { self.name = name }

    init(_ arguments: Arguments) {
        name = arguments.positionals[0].text
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // A name taken again replaces the old snapshot, and moves it to the end (the one `diff` compares with).
        guard interpreter.session.snapshots.take(name, interpreter.session.plan) else {
            throw .refused(Message.Whatif.snapshotLimit(limit: SnapshotList.limit))
        }
        emit(.text(interpreter.text(Message.Whatif.snapshotTaken(name: name))))
    }
}
