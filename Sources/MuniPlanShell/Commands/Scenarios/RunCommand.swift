import MuniPlan

/// `run FILE [--keep-going]`: a scenario's commands in this session (`runFile` in
/// ScriptRunner runs them, as it does for the executable's files).
struct RunCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("run", group: .scenarios,
                                  summary: Message.Help.summaryRun,
                                  details: Message.Help.detailsRun,
                                  examples: ["run scenarios/fy2022-plan.plan", "run what-if.plan --keep-going"],
                                  positionals: [PositionalSpec("FILE", .file)],
                                  options: [OptionSpec("--keep-going", help: Message.Help.optionRunKeepGoing)],
                                  keywords: Message.Help.keywordsRun, runs: RunCommand.self)

    let file: String
    let keepGoing: Bool

    init(file: String, keepGoing: Bool) {
        self.file = file
        self.keepGoing = keepGoing
    }

    init(_ arguments: Arguments) {
        self.init(file: arguments.positionals[0].text, keepGoing: arguments.flag("--keep-going"))
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        try interpreter.runFile(file, keepGoing: keepGoing, emit: emit)
    }
}
