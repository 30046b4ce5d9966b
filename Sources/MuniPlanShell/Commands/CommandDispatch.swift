import MuniPlan

/// The command values of `Command`, run by the interpreter's methods: the shape every
/// command had before `ShellCommand`. Each command moved to a type of its own leaves this
/// switch; when it is empty, `Command` goes.
extension Command: RunnableCommand {
    public func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        try interpreter.dispatch(self, emit: emit)
    }
}

extension Interpreter {
    /// The commands not yet in a type of their own (issue 12 moves each to one).
    func dispatch(_ command: Command, emit: (Output) -> Void) throws(ShellError) {
        switch command {
        case let .help(topic): emit(.text(try HelpText.render(topic)))
        case let .bodies(terms): emit(.table(try bodiesTable(terms)))
        case let .show(term): emit(.text(try showBody(term)))
        case .districts: emit(.table(districtsTable()))
        case .items: emit(.table(itemsTable()))
        case .measures: emit(.table(measuresTable()))
        case let .kpi(fy): emit(.table(try kpiTable(fy: fy)))
        case let .allocate(options): try allocate(options, emit: emit)
        case let .explain(measure, body): try explain(measure, body, emit: emit)
        case let .format(format):
            // Setting is silent: `format csv; bodies` must print nothing but the CSV.
            if let format { session.format = format } else { emit(.text("format \(session.format.rawValue)")) }
        case let .run(file, keepGoing): try runFile(file, keepGoing: keepGoing, emit: emit)
        case let .save(file, force): emit(.text(try save(file, force: force)))
        case let .expect(expectation): emit(.text(try check(expectation)))
        case let .coverage(options): emit(.table(try coverageTable(options)))
        case let .export(request): emit(.text(try export(request)))
        case let .report(request): emit(.text(try report(request)))
        case let .simulate(options): try simulate(options, emit: emit)
        case .quit: quitRequested = true
        }
    }
}
