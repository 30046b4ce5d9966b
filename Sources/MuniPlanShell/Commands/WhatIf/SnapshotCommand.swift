import MuniPlan

/// `snapshot NAME`: the plan as it is now, kept under a name for `diff`.
struct SnapshotCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("snapshot", group: .whatIf, summary: Message.Help.summarySnapshot,
                                  details: Message.Help.detailsSnapshot(limit: SnapshotList.limit),
                                  examples: ["snapshot before-allocation"],
                                  positionals: [PositionalSpec("NAME", .text)],
                                  keywords: Message.Help.keywordsSnapshot, runs: SnapshotCommand.self)

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
