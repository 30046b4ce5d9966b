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
        emit(.table(Self.table(interpreter.session)))
    }

    static func table(_ session: Session) -> Table {
        let dataset = session.dataset
        let rows = dataset.measures.map { m -> Table.Row in
            let kinds = BodyKind.allCases.filter { m.eligibleKinds.contains($0) }.map(\.rawValue).joined(separator: " ")
            let kpis = dataset.kpis(of: m.id).map { KPIFormat.target($0) }.joined(separator: ", ")
            return Table.Row([.text(m.id), .text(m.name), .text(m.items.joined(separator: " ")), .text(kinds),
                              session.plan.capacity(of: m).map(Table.Cell.integer) ?? .empty, .text(kpis.isEmpty ? "—" : kpis)])
        }
        return Table(name: "measures", columns: [
            Table.Column("id"), Table.Column("name", label: "事業"), Table.Column("items", label: "項目"),
            Table.Column("eligible", label: "対象"), Table.Column("capacity", label: "上限/年", alignment: .right),
            Table.Column("kpi", label: "KPI"),
        ], rows: rows)
    }
}
