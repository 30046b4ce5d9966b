import MuniPlan

/// `export plan`: the plan as rows, a row a covered body or a planned value.
extension Interpreter {
    func planTable(language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let dataset = session.dataset
        var rows: [Table.Row] = []
        for year in session.plan.years {
            for measure in dataset.measures {
                let covered = session.plan.covered(measure.id, in: year)
                for body in dataset.bodies where covered.contains(body.code) {
                    rows.append(Table.Row([.text(year < dataset.firstFiscalYear ? "baseline" : year.token), .text(measure.id),
                                           .text(body.code), .text(body.name), .empty]))
                }
            }
            for kpi in dataset.kpis {
                if let value = session.plan.plannedValue(kpi.id, in: year) {
                    rows.append(Table.Row([.text(year.token), .text(kpi.id), .empty, .empty, KPIFormat.cell(value, kpi: kpi)]))
                }
            }
        }
        return Table(name: "plan", columns: [
            Table.Column("fy", label: say(Message.Output.columnFy)), Table.Column("measure", label: say(Message.Output.columnMeasure)),
            Table.Column("code", label: say(Message.Lookup.columnCode)), Table.Column("name", label: say(Message.Lookup.columnName)),
            Table.Column("value", label: say(Message.Output.columnValue), alignment: .right),
        ], rows: rows)
    }
}
