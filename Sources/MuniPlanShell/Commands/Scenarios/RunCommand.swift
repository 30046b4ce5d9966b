import MuniPlan

/// `run FILE [--keep-going]`: a scenario's commands in this session (`runFile` in
/// ScriptRunner runs them, as it does for the executable's files).
struct RunCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("run", group: .scenarios,
                                  summary: "run a scenario file's commands; on an error the plan returns to what it was",
                                  details: """
                                  Errors are reported as FILE:LINE (with the chain when files run files). Paths inside
                                  a scenario resolve from the scenario's own folder. Files may nest 16 deep; a file
                                  that runs itself is refused. From a scenario, only files under the working directory
                                  (or --allow-write/--allow-read DIR) may be run; a file that is not UTF-8 text is refused.
                                  """,
                                  examples: ["run scenarios/fy2022-plan.plan", "run what-if.plan --keep-going"],
                                  positionals: [PositionalSpec("FILE", .file)],
                                  options: [OptionSpec("--keep-going", help: "report every error and go on")],
                                  runs: RunCommand.self)

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
