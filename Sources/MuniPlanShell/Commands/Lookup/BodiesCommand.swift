import MuniPlan

/// `bodies [SELECTOR…]`: the bodies matching every selector, grouped by district.
struct BodiesCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("bodies", group: .lookup,
                                  summary: "list bodies, with district subtotals",
                                  details: """
                                  Lists the bodies that match every selector given (all bodies without one), in code
                                  order, grouped by district with subtotals. A selector is a body (code, name, kana,
                                  romaji) or district:NAME, kind:KIND, group:NAME, covered:MEASURE, all.
                                  """,
                                  examples: ["bodies", "bodies district:南会津", "bodies kind:village group:evac12", "bodies covered:advisor"],
                                  positionals: [PositionalSpec("SELECTOR", .body, optional: true, repeating: true)],
                                  runs: BodiesCommand.self)

    let terms: [String]

    init(terms: [String]) { self.terms = terms }

    init(_ arguments: Arguments) { terms = arguments.positionals.map(\.text) }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(try interpreter.bodiesTable(terms, language: interpreter.session.language)))
    }
}
