import MuniPlan

/// `districts`: each district with its bodies and population.
struct DistrictsCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("districts", group: .lookup,
                                  summary: Message.Help.summaryDistricts,
                                  examples: ["districts"],
                                  keywords: Message.Help.keywordsDistricts, runs: DistrictsCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(Self.table(interpreter.session.dataset)))
    }

    static func table(_ dataset: Dataset) -> Table {
        let rows = dataset.districts.map { d -> Table.Row in
            let members = dataset.bodies.filter { $0.district == d.name }
            return Table.Row([.text(d.name), .text(d.romaji), .text(d.bureau), .integer(members.count),
                              Interpreter.populationCell(members)])
        }
        return Table(name: "districts", columns: [
            Table.Column("name", label: "地域"), Table.Column("romaji"), Table.Column("bureau", label: "地方振興局"),
            Table.Column("bodies", label: "団体数", alignment: .right), Table.Column("population", label: "人口", alignment: .right),
        ], rows: rows)
    }
}
