import MuniPlan

/// `snapshot NAME [--force]`: the plan as it is now, kept under a name for `diff`; a name
/// already taken is replaced only with --force (a what-if is not lost to a typo).
struct SnapshotCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("snapshot", group: .whatIf, summary: Message.Help.summarySnapshot,
                                  details: Message.Help.detailsSnapshot(limit: SnapshotList.limit),
                                  examples: ["snapshot before-allocation", "snapshot before-allocation --force"],
                                  positionals: [PositionalSpec("NAME", .text)],
                                  options: [OptionSpec("--force", help: Message.Help.optionSnapshotForce)],
                                  keywords: Message.Help.keywordsSnapshot, runs: SnapshotCommand.self)

    let name: String
    var force = false

    init(name: String, force: Bool = false) {
        self.name = name
        self.force = force
    }

    init(_ arguments: Arguments) {
        name = arguments.positionals[0].text
        force = arguments.flag("--force")
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        if !force, interpreter.session.snapshots.names.contains(name) {
            throw .refused(Message.Whatif.snapshotExists(name: name))
        }
        // With --force the old snapshot is replaced and moves to the end (the one `diff` compares with).
        guard interpreter.session.snapshots.take(name, interpreter.session.plan) else {
            throw .refused(Message.Whatif.snapshotLimit(limit: SnapshotList.limit))
        }
        emit(.text(interpreter.text(Message.Whatif.snapshotTaken(name: name))))
    }
}
