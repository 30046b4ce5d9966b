import MuniPlan

/// `actual`: the results loaded, one row a measure and fiscal year.
extension ActualCommand {
    static func table(_ actuals: Actuals, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let rows = actuals.groups.map { group -> Table.Row in
            let results = actuals.results(group.measure, year: group.year)
            var done = 0, notDone = 0, values = 0
            for (body, result) in results where body != nil {
                switch result {
                case .covered(true): done += 1
                case .covered(false): notDone += 1
                case .value: values += 1
                }
            }
            let whole: Table.Cell = if case let .value(v)? = results[nil] { .text(NumberText.shortest(v)) } else { .empty }
            return Table.Row([.text(group.measure), .text(group.year.short.text(in: language)), .integer(done), .integer(notDone), .integer(values), whole])
        }
        return Table(name: "actual", columns: [
            Table.Column("measure", label: say(Message.Actual.columnMeasure)),
            Table.Column("fy", label: say(Message.Actual.columnFy)),
            Table.Column("done", label: say(Message.Actual.columnDone), alignment: .right),
            Table.Column("not_done", label: say(Message.Actual.columnNotDone), alignment: .right),
            Table.Column("values", label: say(Message.Actual.columnValues), alignment: .right),
            Table.Column("whole", label: say(Message.Actual.columnWhole), alignment: .right),
        ], rows: rows, footer: rows.isEmpty ? [say(Message.Actual.nothingLoaded)] : [])
    }
}
