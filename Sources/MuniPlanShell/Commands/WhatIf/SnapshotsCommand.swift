import MuniPlan

/// `snapshots`: the snapshots taken, in order, and whether each is the plan as it is now.
struct SnapshotsCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("snapshots", group: .whatIf, summary: Message.Help.summarySnapshots,
                                  examples: ["snapshots"],
                                  keywords: Message.Help.keywordsSnapshots, runs: SnapshotsCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(Self.table(interpreter.session)))
    }

    static func table(_ session: Session) -> Table {
        let rows = session.snapshots.inOrder.map { snap -> Table.Row in
            let covered = snap.plan.coverage.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
            return Table.Row([.text(snap.name), .integer(covered), .text(snap.plan == session.plan ? "same as now" : "differs")])
        }
        return Table(name: "snapshots", columns: [
            Table.Column("snapshot"), Table.Column("coverages", alignment: .right), Table.Column("now"),
        ], rows: rows, footer: rows.isEmpty ? ["no snapshots — snapshot NAME"] : [])
    }
}
