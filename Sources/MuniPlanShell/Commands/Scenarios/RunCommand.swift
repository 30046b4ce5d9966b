import MuniPlan

/// `run FILE [--keep-going] [--encoding E]`: a scenario's commands in this session
/// (`runFile` in ScriptRunner runs them, as it does for the executable's files).
struct RunCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("run", group: .scenarios,
                                  summary: Message.Help.summaryRun,
                                  details: Message.Help.detailsRun,
                                  examples: ["run scenarios/fy2022-plan.plan", "run what-if.plan --keep-going"],
                                  positionals: [PositionalSpec("FILE", .file)],
                                  options: [OptionSpec("--keep-going", help: Message.Help.optionRunKeepGoing),
                                            OptionSpec("--encoding", .keyword(TextEncoding.names), help: Message.IndicatorsFile.optionEncoding)],
                                  keywords: Message.Help.keywordsRun, runs: RunCommand.self)

    let file: String
    let keepGoing: Bool
    /// Nil: UTF-8, or CP932 when the bytes are not UTF-8 and read as Japanese.
    let encoding: TextEncoding?

    init(file: String, keepGoing: Bool, encoding: TextEncoding? = nil) {
        self.file = file
        self.keepGoing = keepGoing
        self.encoding = encoding
    }

    init(_ arguments: Arguments) throws(ShellError) {
        self.init(file: arguments.positionals[0].text, keepGoing: arguments.flag("--keep-going"), encoding: try arguments.encoding())
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        try interpreter.runFile(file, keepGoing: keepGoing, encoding: encoding, emit: emit)
    }
}
