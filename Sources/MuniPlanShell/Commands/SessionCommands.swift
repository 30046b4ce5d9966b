/// `help`, `format`, `quit` (each a type of its own, in Session/).
enum SessionCommands {
    static let specs: [CommandSpec] = [
        HelpCommand.spec,
        FormatCommand.spec,
        QuitCommand.spec,
    ]
}
