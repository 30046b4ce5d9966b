import MuniPlan

/// `reset`: an empty plan, as one undoable change.
struct ResetCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("reset", group: .whatIf, summary: Message.Help.summaryReset,
                                  examples: ["reset"],
                                  keywords: Message.Help.keywordsReset, runs: ResetCommand.self)

    init() {}

    init(_ arguments: Arguments) {}

    /// What `save` writes first, so a saved scenario starts from nothing.
    var line: String { "reset" }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        interpreter.session.commit(Plan())
        emit(.text(interpreter.text(Message.Whatif.reset)))
    }
}
