import MuniPlan

/// `actual [load FILE | clear | set MEASURE FY BODY RESULT…]`: what happened, held against
/// the plan by `kpi` and `coverage`. Each form runs in a file of its own beside this one.
struct ActualCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("actual", group: .editing,
                                  summary: Message.Actual.summary,
                                  details: Message.Actual.details,
                                  examples: ["actual load examples/actual-fy2022.csv", "actual", "actual set advisor R4 072010 yes 073644 no", "actual clear"],
                                  positionals: [PositionalSpec("ACTION", .keyword(["load", "clear", "set"]), optional: true,
                                                               shape: "[load FILE | clear | set MEASURE FY BODY RESULT…]"),
                                                PositionalSpec("ARG", .file, optional: true, repeating: true, shape: "")],
                                  options: IndicatorFile.Options.specs,
                                  keywords: Message.Actual.keywords, runs: ActualCommand.self)

    enum Form: Sendable, Equatable {
        case list
        /// Every result gone (undo brings them back).
        case clear
        case load(file: String, options: IndicatorFile.Options = IndicatorFile.Options())
        case set(measure: String, fy: String, results: [BodyResult])
    }

    let form: Form

    init(_ form: Form) { self.form = form }

    init(_ arguments: Arguments) throws(ShellError) {
        if arguments.positional(0) != "load" { try IndicatorFile.Options.refuseOutsideLoad(arguments) }
        form = try Self.form(arguments)
    }

    /// One body's result in `actual set`, both words as typed: checked when it runs.
    struct BodyResult: Sendable, Equatable {
        let body: String
        let result: String
    }

    /// The form the words name: the action, then what it takes.
    private static func form(_ arguments: Arguments) throws(ShellError) -> Form {
        let rest = arguments.positionals.dropFirst().map(\.text)
        switch arguments.positional(0) {
        case nil: return .list
        case "load"?:
            guard let file = rest.first, rest.count == 1 else { throw arguments.usageError(Message.Actual.loadTakesFile) }
            return .load(file: file, options: try IndicatorFile.Options(arguments))
        case "clear"?:
            guard rest.isEmpty else { throw arguments.usageError(Message.Actual.clearTakesNothing) }
            return .clear
        case "set"?:
            let words = Array(rest.dropFirst(2))
            guard rest.count >= 4, words.count % 2 == 0 else { throw arguments.usageError(Message.Actual.setNeeds) }
            return .set(measure: rest[0], fy: rest[1], results: stride(from: 0, to: words.count, by: 2).map { BodyResult(body: words[$0], result: words[$0 + 1]) })
        case let action?:
            throw arguments.usageError(Message.Actual.unknownAction(action: action))
        }
    }

    /// What `save` writes for each measure and year (the `set` form): ten pairs a line.
    var line: String {
        switch form {
        case .list: "actual"
        case .clear: "actual clear"
        case let .load(file, options):
            "actual load \(Lexer.quote(file))" + options.words
        case let .set(measure, fy, results):
            LineForm.wrapped("actual set \(Lexer.quote(measure)) \(Lexer.quote(fy))", results.map { "\(Lexer.quote($0.body)) \(Lexer.quote($0.result))" })
        }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        switch form {
        case .list: emit(.table(Self.table(interpreter.session.plan.actuals, language: interpreter.session.tableLanguage)))
        case .clear: emit(.text(Self.clear(in: &interpreter.session)))
        case let .load(file, options): emit(.text(try Self.load(file, options: options, in: interpreter)))
        case let .set(measure, fy, results): emit(.text(try Self.set(measure, fy: fy, results, in: &interpreter.session)))
        }
    }
}
