import MuniPlan

/// The table of the last allocation, shown by `explain` and written by `export allocation`.
extension Interpreter {
    /// Every candidate of the last allocation: rank, need, chosen or why not.
    func allocationTable(_ measureID: String) throws(ShellError) -> Table {
        let record = try record(measureID)
        let costed = record.result.totalCost != nil
        let rows = record.result.explanation.candidates.sorted { $0.rank < $1.rank }.map { c in
            Table.Row([.integer(c.rank), .text(c.code), .text(label(c.code)), .text(c.district), .decimal(c.score, places: 3)]
                      + (costed ? [c.cost.map { .decimal($0, places: 0) } ?? .empty] : [])
                      + [.text(c.chosen ? "yes" : "no"),
                         .text(c.chosen ? (c.chosenBecause?.description ?? "") : names(in: c.leftOutBecause?.description ?? ""))])
        }
        return Table(name: "allocation", title: "allocation of \(measureID) in \(session.describe(session.year))", columns: [
            Table.Column("rank", alignment: .right), Table.Column("code", label: "コード"), Table.Column("name", label: "名称"),
            Table.Column("district", label: "地域"), Table.Column("need", alignment: .right),
        ] + (costed ? [Table.Column("cost", alignment: .right)] : []) + [Table.Column("chosen"), Table.Column("reason")], rows: rows)
    }
}
