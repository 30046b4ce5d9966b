import MuniPlan

/// `items`: the plan's items, each with the measures serving it.
struct ItemsCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("items", group: .lookup,
                                  summary: Message.Help.summaryItems,
                                  examples: ["items"],
                                  keywords: Message.Help.keywordsItems, runs: ItemsCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(Self.table(interpreter.session.dataset, language: interpreter.session.tableLanguage)))
    }

    static func table(_ dataset: Dataset, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let rows = dataset.items.map { item in
            let measures = dataset.measures(servingItem: item.id).map(\.id)
            return Table.Row([.text(item.id), .text(item.title), .text(measures.isEmpty ? "—" : measures.joined(separator: " "))])
        }
        return Table(name: "items", columns: [
            Table.Column("item", label: say(Message.Lookup.columnItem)), Table.Column("title", label: say(Message.Lookup.columnName)),
            Table.Column("measures", label: say(Message.Lookup.columnMeasures)),
        ], rows: rows)
    }
}
