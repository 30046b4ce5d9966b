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
        typealias M = Message.Actual
        let columns: [(id: String, label: Message, alignment: Table.Alignment)] = [
            ("measure", M.columnMeasure, .left), ("fy", M.columnFy, .left), ("done", M.columnDone, .right),
            ("not_done", M.columnNotDone, .right), ("values", M.columnValues, .right), ("whole", M.columnWhole, .right),
        ]
        return Table(name: "actual", columns: columns.map { Table.Column($0.id, label: say($0.label), alignment: $0.alignment) },
                     rows: rows, footer: rows.isEmpty ? [say(M.nothingLoaded)] : [])
    }
}
