import MuniPlan

/// `indicators [load FILE.csv|.tsv|.xlsx | set NAME CODE VALUE…]`: per-body numeric columns,
/// imported, given inline, or listed. Each form runs in a file of its own beside this one.
struct IndicatorsCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("indicators", group: .editing,
                                  summary: Message.Help.summaryIndicators,
                                  details: Message.Help.detailsIndicators,
                                  examples: ["indicators load data/aging.csv", "indicators", "indicators set aging 072010 31.5 073644 52.0"],
                                  positionals: [PositionalSpec("ACTION", .keyword(["load", "set"]), optional: true, shape: "[load FILE.csv | set NAME CODE VALUE…]"),
                                                PositionalSpec("ARG", .file, optional: true, repeating: true, shape: "")],
                                  options: IndicatorFile.Options.specs,
                                  numbers: [.indicatorValue],
                                  keywords: Message.Help.keywordsIndicators, runs: IndicatorsCommand.self)

    /// One body's value in `indicators set`, the body as typed.
    struct BodyValue: Sendable, Equatable {
        let body: String
        let value: Double
    }

    enum Form: Sendable, Equatable {
        case list
        case load(file: String, options: IndicatorFile.Options = IndicatorFile.Options())
        /// In the order given: a body given twice takes its last value.
        case set(name: String, values: [BodyValue])
    }

    let form: Form

    init(_ form: Form) { self.form = form }

    init(_ arguments: Arguments) throws(ShellError) {
        if arguments.positional(0) != "load" { try IndicatorFile.Options.refuseOutsideLoad(arguments) }
        guard let action = arguments.positional(0) else {
            form = .list
            return
        }
        switch action {
        case "load":
            guard arguments.positionals.count == 2 else { throw arguments.usageError(Message.Usage.loadTakesOneFile) }
            form = .load(file: arguments.positionals[1].text, options: try IndicatorFile.Options(arguments))
        case "set":
            let words = arguments.positionals.dropFirst(2).map(\.text)
            // No pairs is a column without values (what `save` writes for an empty imported column).
            guard let name = arguments.positional(1), words.count % 2 == 0 else {
                throw arguments.usageError(Message.Usage.setNeedsPairs)
            }
            var values: [BodyValue] = []
            for i in stride(from: 0, to: words.count, by: 2) {
                values.append(BodyValue(body: words[i], value: try arguments.decimal(words[i + 1], .indicatorValue)))
            }
            form = .set(name: name, values: values)
        default:
            throw arguments.usageError(Message.Usage.unknownAction(action: Excerpt.of(action)))
        }
    }

    /// What `save` writes for each column (the `set` form): ten pairs a line.
    var line: String {
        switch form {
        case .list: "indicators"
        case let .load(file, options):
            "indicators load \(Lexer.quote(file))" + options.words
        case let .set(name, values):
            LineForm.wrapped("indicators set \(Lexer.quote(name))",
                             values.map { "\(Lexer.quote($0.body)) \(NumberText.shortest($0.value))" })
        }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        switch form {
        case .list: emit(.table(Self.table(interpreter.session.plan, language: interpreter.session.tableLanguage)))
        case let .load(file, options): emit(.text(try Self.load(file, options: options, in: interpreter)))
        case let .set(name, values): emit(.text(try Self.set(name, values, in: &interpreter.session)))
        }
    }
}
