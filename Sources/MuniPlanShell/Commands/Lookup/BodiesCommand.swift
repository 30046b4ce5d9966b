import MuniPlan

/// `bodies [SELECTOR…]`: the bodies matching every selector, grouped by district.
struct BodiesCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("bodies", group: .lookup,
                                  summary: Message.Help.summaryBodies,
                                  details: Message.Help.detailsBodies,
                                  examples: ["bodies", "bodies district:南会津", "bodies kind:village group:evac12", "bodies covered:advisor"],
                                  positionals: [PositionalSpec("SELECTOR", .body, optional: true, repeating: true)],
                                  keywords: Message.Help.keywordsBodies, runs: BodiesCommand.self)

    let terms: [String]

    init(terms: [String]) { self.terms = terms }

    init(_ arguments: Arguments) { terms = arguments.positionals.map(\.text) }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(try interpreter.bodiesTable(terms, language: interpreter.session.tableLanguage)))
    }
}
