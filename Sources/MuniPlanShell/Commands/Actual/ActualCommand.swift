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
                                  options: [OptionSpec("--encoding", .keyword(TextEncoding.names), help: Message.IndicatorsFile.optionEncoding),
                                            OptionSpec("--sheet", .text, help: Message.IndicatorsFile.optionSheet)],
                                  keywords: Message.Actual.keywords, runs: ActualCommand.self)

    /// One body's result in `actual set`, both as typed.
    struct BodyResult: Sendable, Equatable {
        let body: String
        let result: String
    }

    enum Form: Sendable, Equatable {
        case list
        case clear
        case load(file: String, options: IndicatorFile.Options = IndicatorFile.Options())
        case set(measure: String, fy: String, results: [BodyResult])
    }

    let form: Form

    init(_ form: Form) { self.form = form }

    init(_ arguments: Arguments) throws(ShellError) {
        guard let action = arguments.positional(0) else {
            form = .list
            return
        }
        switch action {
        case "load":
            guard arguments.positionals.count == 2 else { throw arguments.usageError(Message.Actual.loadTakesFile) }
            form = .load(file: arguments.positionals[1].text,
                         options: IndicatorFile.Options(encoding: arguments.value("--encoding").flatMap(TextEncoding.init(name:)),
                                                        sheet: arguments.value("--sheet")))
        case "clear":
            guard arguments.positionals.count == 1 else { throw arguments.usageError(Message.Actual.clearTakesNothing) }
            form = .clear
        case "set":
            let words = arguments.positionals.dropFirst(3).map(\.text)
            guard let measure = arguments.positional(1), let fy = arguments.positional(2), !words.isEmpty, words.count % 2 == 0 else {
                throw arguments.usageError(Message.Actual.setNeeds)
            }
            form = .set(measure: measure, fy: fy, results: stride(from: 0, to: words.count, by: 2).map { BodyResult(body: words[$0], result: words[$0 + 1]) })
        default:
            throw arguments.usageError(Message.Actual.unknownAction(action: action))
        }
    }

    /// What `save` writes for each measure and year (the `set` form): ten pairs a line.
    var line: String {
        switch form {
        case .list: "actual"
        case .clear: "actual clear"
        case let .load(file, options):
            "actual load \(Lexer.quote(file))" + (options.encoding.map { " --encoding \($0.rawValue)" } ?? "")
                + (options.sheet.map { " --sheet \(Lexer.quote($0))" } ?? "")
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
