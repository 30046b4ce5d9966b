import MuniPlan

/// `help [COMMAND|WORD]`: the index, one command in full, or a search (`HelpText` writes them).
struct HelpCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("help", group: .session,
                                  summary: Message.Help.summaryHelp,
                                  examples: ["help", "help allocate", "help budget"],
                                  positionals: [PositionalSpec("TOPIC", .command, optional: true, shape: "[COMMAND|WORD]")],
                                  keywords: Message.Help.keywordsHelp, runs: HelpCommand.self)

    /// A command, a topic or a word to search for; nil: the index.
    let topic: String?

    init(topic: String?) { self.topic = topic }

    init(_ arguments: Arguments) { topic = arguments.positional(0) }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.text(try HelpText.render(topic, in: interpreter.session.language, width: interpreter.outputWidth)))
    }
}
