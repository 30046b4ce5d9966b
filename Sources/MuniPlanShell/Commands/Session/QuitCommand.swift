import MuniPlan

/// `quit` (`exit`): the session ends after this command; the rest of the line is skipped.
struct QuitCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("quit", group: .session, summary: Message.Help.summaryQuit,
                                  examples: ["quit"],
                                  keywords: Message.Help.keywordsQuit, runs: QuitCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        interpreter.quitRequested = true
    }
}
