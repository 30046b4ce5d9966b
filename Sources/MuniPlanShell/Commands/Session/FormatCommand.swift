import MuniPlan

/// `format [table|csv|tsv|md|json]`: how tables print from now on.
struct FormatCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("format", group: .session,
                                  summary: Message.Help.summaryFormat,
                                  examples: ["format csv", "format table", "format"],
                                  positionals: [PositionalSpec("FORMAT", .keyword(OutputFormat.allCases.map(\.rawValue)), optional: true)],
                                  keywords: Message.Help.keywordsFormat, runs: FormatCommand.self)

    /// nil: name the current format.
    let format: OutputFormat?

    init(format: OutputFormat?) { self.format = format }

    init(_ arguments: Arguments) throws(ShellError) {
        guard let word = arguments.positional(0) else { format = nil; return }
        guard let format = OutputFormat(rawValue: word.lowercased()) else {
            throw arguments.usageError(Message.Usage.unknownFormat(format: Excerpt.of(word)))
        }
        self.format = format
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // Setting is silent: `format csv; bodies` must print nothing but the CSV.
        if let format { interpreter.session.format = format } else { emit(.text("format \(interpreter.session.format.rawValue)")) }
    }
}
