import MuniPlan

/// `snapshots`: the snapshots taken, in order, and whether each is the plan as it is now.
struct SnapshotsCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("snapshots", group: .whatIf, summary: Message.Help.summarySnapshots,
                                  examples: ["snapshots"],
                                  keywords: Message.Help.keywordsSnapshots, runs: SnapshotsCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(Self.table(interpreter.session, language: interpreter.session.tableLanguage)))
    }

    static func table(_ session: Session, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let rows = session.snapshots.inOrder.map { snap -> Table.Row in
            let covered = snap.plan.coverage.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
            return Table.Row([.text(snap.name), .integer(covered), .text(say(snap.plan == session.plan ? Message.Whatif.sameAsNow : Message.Whatif.differs))])
        }
        return Table(name: "snapshots", columns: [
            Table.Column("snapshot", label: say(Message.Whatif.columnSnapshot)),
            Table.Column("coverages", label: say(Message.Whatif.columnCoverages), alignment: .right),
            Table.Column("now", label: say(Message.Whatif.columnNow)),
        ], rows: rows, footer: rows.isEmpty ? [say(Message.Whatif.noSnapshots)] : [])
    }
}
