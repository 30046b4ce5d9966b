import MuniPlan

/// The table of the last allocation, shown by `explain` and written by `export allocation`.
extension Interpreter {
    /// Every candidate of the last allocation (in `year`, the current year unless given):
    /// rank, need, chosen or why not.
    /// The narrowest the reason column wraps in: twelve Japanese characters, four English words.
    static let readableReason = 24

    func allocationTable(_ measureID: String, year: FiscalYear? = nil, language: Language) throws(ShellError) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let year = year ?? session.year
        let record = try record(measureID, year: year)
        let costed = record.result.totalCost != nil
        let rows = record.result.explanation.candidates.sorted { $0.rank < $1.rank }.map { c in
            Table.Row([.integer(c.rank), .text(c.code), .text(label(c.code)), .text(c.district), .decimal(c.score, places: 3)]
                      + (costed ? [c.cost.map { .decimal($0, places: 0) } ?? .empty] : [])
                      + [.text(say(c.chosen ? Message.Allocate.yes : Message.Allocate.no)),
                         .text(c.chosen ? (c.chosenBecause.map { say($0.message) } ?? "") : (c.leftOutBecause.map { say($0.message(naming: label)) } ?? ""))])
        }
        // A why-not is a sentence: at 60 columns it had 10 left, a few words a line.
        var reason = Table.Column("reason", label: say(Message.Allocate.columnReason))
        reason.readable = Self.readableReason
        let title = say(Message.Allocate.tableTitle(measure: measureID, year: session.dataset.yearLabel(year)))
        return Table(name: "allocation", title: title, columns: [
            Table.Column("rank", label: say(Message.Allocate.columnRank), alignment: .right),
            Table.Column("code", label: say(Message.Lookup.columnCode)), Table.Column("name", label: say(Message.Lookup.columnName)),
            Table.Column("district", label: say(Message.Lookup.columnDistrict)),
            Table.Column("need", label: say(Message.Allocate.columnNeed), alignment: .right),
        ] + (costed ? [Table.Column("cost", label: say(Message.Allocate.columnCost), alignment: .right)] : [])
          + [Table.Column("chosen", label: say(Message.Allocate.columnChosen)), reason],
                     rows: rows)
    }
}
