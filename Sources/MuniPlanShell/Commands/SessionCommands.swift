/// `help`, `format`, `quit`.
enum SessionCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("help", group: .session, usage: "help [COMMAND|WORD]",
                    summary: "the command index, one command in full, or a search",
                    examples: ["help", "help allocate", "help budget"],
                    positionals: [PositionalSpec("TOPIC", .command, optional: true)]) { args throws(ShellError) in
            .help(args.positional(0))
        },
        CommandSpec("format", group: .session, usage: "format [table|csv|tsv|md|json]",
                    summary: "how tables print (csv, tsv and json leave out subtotal rows)",
                    examples: ["format csv", "format table", "format"],
                    positionals: [PositionalSpec("FORMAT", .keyword(OutputFormat.allCases.map(\.rawValue)), optional: true)]) { args throws(ShellError) in
            guard let word = args.positional(0) else { return .format(nil) }
            guard let format = OutputFormat(rawValue: word.lowercased()) else {
                throw args.usageError("unknown format '\(word)'")
            }
            return .format(format)
        },
        CommandSpec("quit", group: .session, usage: "quit", summary: "leave muniplan (Ctrl-D too)",
                    examples: ["quit"]) { _ throws(ShellError) in .quit },
    ]
}
