import MuniPlan

/// `measures`: the measure catalogue, with the plan's capacities.
struct MeasuresCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("measures", group: .lookup,
                                  summary: Message.Help.summaryMeasures,
                                  examples: ["measures"],
                                  keywords: Message.Help.keywordsMeasures, runs: MeasuresCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(Self.table(interpreter.session, language: interpreter.session.tableLanguage)))
    }

    static func table(_ session: Session, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let dataset = session.dataset
        let rows = dataset.measures.map { m -> Table.Row in
            let kinds = BodyKind.allCases.filter { m.eligibleKinds.contains($0) }.map { say($0.name) }.joined(separator: " ")
            let kpis = session.plan.kpis(of: m.id, in: dataset).map { KPIFormat.target($0).text(in: language) }.joined(separator: ", ")
            return Table.Row([.text(m.id), .text(m.name), .text(m.items.joined(separator: " ")), .text(kinds),
                              session.plan.capacity(of: m).map(Table.Cell.integer) ?? .empty, .text(kpis.isEmpty ? "—" : kpis)])
        }
        return Table(name: "measures", columns: [
            Table.Column("id", label: say(Message.Lookup.columnId)), Table.Column("name", label: say(Message.Lookup.columnMeasureName)),
            Table.Column("items", label: say(Message.Lookup.columnItems)), Table.Column("eligible", label: say(Message.Lookup.columnEligible)),
            Table.Column("capacity", label: say(Message.Lookup.columnCapacity), alignment: .right),
            Table.Column("kpi", label: say(Message.Lookup.columnKpi)),
        ], rows: rows)
    }
}
