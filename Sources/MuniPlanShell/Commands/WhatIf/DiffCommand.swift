import MuniPlan

/// `diff [A] [B]`: what changed between two snapshots (`now` is the current plan).
struct DiffCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("diff", group: .whatIf,
                                  summary: Message.Help.summaryDiff,
                                  details: Message.Help.detailsDiff,
                                  examples: ["diff", "diff before-allocation", "diff a b"],
                                  positionals: [PositionalSpec("A", .snapshot, optional: true), PositionalSpec("B", .snapshot, optional: true)],
                                  keywords: Message.Help.keywordsDiff, runs: DiffCommand.self)

    /// nil: the last snapshot taken.
    let from: String?
    /// nil: now.
    let to: String?

    init(from: String? = nil, to: String? = nil) {
        self.from = from
        self.to = to
    }

    init(_ arguments: Arguments) {
        from = arguments.positional(0)
        to = arguments.positional(1)
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let nameA: String
        if let from { nameA = from } else {
            guard let last = session.snapshots.lastName else { throw .refused(Message.Whatif.nothingToCompare) }
            nameA = last
        }
        let nameB = to ?? "now"
        let diff = PlanDiff(from: try Self.plan(nameA, in: session), to: try Self.plan(nameB, in: session), dataset: session.dataset)
        guard !diff.isEmpty else {
            emit(.text(interpreter.text(Message.Whatif.samePlan(first: nameA, second: nameB))))
            return
        }
        // JSON's years too are the same for every reader.
        let language = session.tableLanguage
        emit(.table(diff.table(describe: { session.dataset.yearLabel($0).text(in: language) }, language: language)))
    }

    static func plan(_ name: String, in session: Session) throws(ShellError) -> Plan {
        if name == "now" { return session.plan }
        guard let plan = session.snapshot(named: name) else {
            let known = session.snapshots.names
            throw .refused(known.isEmpty ? Message.Whatif.unknownSnapshot(name: name)
                                         : Message.Whatif.unknownSnapshotKnown(name: name, known: MessageList(known)))
        }
        return plan
    }
}
