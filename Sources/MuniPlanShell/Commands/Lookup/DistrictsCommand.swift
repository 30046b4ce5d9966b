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
        emit(.table(Self.table(interpreter.session.dataset, language: interpreter.session.tableLanguage)))
    }

    static func table(_ dataset: Dataset, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let rows = dataset.districts.map { d -> Table.Row in
            let members = dataset.bodies.filter { $0.district == d.name }
            return Table.Row([.text(d.name), .text(d.romaji), .text(d.bureau), .integer(members.count),
                              Interpreter.populationCell(members)])
        }
        return Table(name: "districts", columns: [
            Table.Column("name", label: say(Message.Lookup.columnDistrict)), Table.Column("romaji", label: say(Message.Lookup.columnRomaji)),
            Table.Column("bureau", label: say(Message.Lookup.columnBureau)),
            Table.Column("bodies", label: say(Message.Lookup.columnBodies), alignment: .right),
            Table.Column("population", label: say(Message.Lookup.columnPopulation), alignment: .right),
        ], rows: rows)
    }
}
