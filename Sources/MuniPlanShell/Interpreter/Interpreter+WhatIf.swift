import MuniPlan

/// `undo`, `redo`, `reset`, `snapshot`, `snapshots`, `diff`.
extension Interpreter {
    func undo() throws(ShellError) -> String {
        guard let previous = session.undoStack.popLast() else { throw .invalid("nothing to undo") }
        session.redoStack.append(session.plan)
        session.plan = previous
        return "undone (\(session.undoStack.count) more to undo)"
    }

    func redo() throws(ShellError) -> String {
        guard let next = session.redoStack.popLast() else { throw .invalid("nothing to redo") }
        session.undoStack.append(session.plan)
        session.plan = next
        return "redone"
    }

    func reset() -> String {
        session.commit(Plan())
        return "the plan is empty (undo brings it back)"
    }

    func snapshot(_ name: String) throws(ShellError) -> String {
        guard session.snapshots.take(name, session.plan) else {
            throw .invalid("\(SnapshotList.limit) snapshots are taken, the most a session keeps: "
                           + "take one of their names again to replace it")
        }
        return "snapshot \(name) taken"
    }

    func snapshotsTable() -> Table {
        let rows = session.snapshots.inOrder.map { snap -> Table.Row in
            let covered = snap.plan.coverage.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
            return Table.Row([.text(snap.name), .integer(covered), .text(snap.plan == session.plan ? "same as now" : "differs")])
        }
        return Table(name: "snapshots", columns: [
            Table.Column("snapshot"), Table.Column("coverages", alignment: .right), Table.Column("now"),
        ], rows: rows, footer: rows.isEmpty ? ["no snapshots — snapshot NAME"] : [])
    }

    func diff(_ a: String?, _ b: String?, emit: (Output) -> Void) throws(ShellError) {
        func plan(_ name: String) throws(ShellError) -> Plan {
            if name == "now" { return session.plan }
            guard let plan = session.snapshot(named: name) else {
                let known = session.snapshots.names
                throw .invalid("no snapshot '\(name)'" + (known.isEmpty ? " (none taken yet)" : " — known: \(known.joined(separator: ", "))"))
            }
            return plan
        }
        let nameA: String
        if let a { nameA = a } else {
            guard let last = session.snapshots.lastName else { throw .invalid("no snapshot to compare with — take one with: snapshot NAME") }
            nameA = last
        }
        let nameB = b ?? "now"
        let diff = PlanDiff(from: try plan(nameA), to: try plan(nameB), dataset: session.dataset)
        guard !diff.isEmpty else {
            emit(.text("\(nameA) and \(nameB) are the same plan"))
            return
        }
        emit(.table(diff.table(describe: session.describe)))
    }
}
