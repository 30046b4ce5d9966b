import MuniPlan

/// `show BODY` in a format other than `table` (`format csv`): one record, the columns of
/// `bodies` and then its need score, the measures it is eligible for and what covers it,
/// so a spreadsheet or a program reads what the card shows.
extension ShowCommand {
    func table(_ interpreter: Interpreter, language: Language) throws(ShellError) -> Table {
        let session = interpreter.session
        let body: Body
        body = try resolved(in: session)
        let listed = try interpreter.bodiesTable([body.code], language: language)
        let dataset = session.dataset
        let need = NeedModel(dataset: dataset, plan: session.plan, year: session.year).score(body)
        let eligible = dataset.measures.filter { $0.isEligible(body) }.map(\.id)
        let covered = session.plan.years.compactMap { year -> String? in
            let ids = dataset.measures.map(\.id).filter { session.plan.covered($0, in: year).contains(body.code) }
            return ids.isEmpty ? nil : Message.Lookup.coveredInYear(year: dataset.yearLabel(year), measures: ids.joined(separator: " ")).text(in: language)
        }
        let columns = listed.columns + [
            Table.Column("need", label: Message.Allocate.columnNeed.text(in: language), alignment: .right),
            Table.Column("eligible", label: Message.Output.columnEligible.text(in: language)),
            Table.Column("covered", label: Message.Output.columnCovered.text(in: language)),
        ]
        let cells = (listed.records.first?.cells ?? []) + [
            .decimal(need, places: 3), .text(eligible.joined(separator: " ")), .text(covered.joined(separator: "; ")),
        ]
        return Table(name: "show", columns: columns, rows: [Table.Row(cells)])
    }
}
