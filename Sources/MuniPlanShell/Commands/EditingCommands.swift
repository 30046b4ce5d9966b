/// `fy`, `assign`, `unassign`, `capacity`, `set`, `indicators`.
enum EditingCommands {
    static let specs: [CommandSpec] = [
        FyCommand.spec,
        AssignCommand.spec,
        UnassignCommand.spec,
        CapacityCommand.spec,
        SetCommand.spec,
        CommandSpec("indicators", group: .editing, usage: "indicators [load FILE.csv | set NAME CODE VALUE…]",
                    summary: "import per-body numeric columns (a code column plus numbers), or list them",
                    details: """
                    Each numeric column becomes a need feature and a cost (--cost NAME) under its own
                    name. Bad rows are reported as FILE:LINE and nothing is loaded. `set` gives values
                    inline (what `save` writes). From a scenario, only files under the working directory
                    (or --allow-write/--allow-read DIR) may be loaded.
                    """,
                    examples: ["indicators load data/aging.csv", "indicators", "indicators set aging 072010 31.5 073644 52.0"],
                    positionals: [PositionalSpec("ACTION", .keyword(["load", "set"]), optional: true),
                                  PositionalSpec("ARG", .file, optional: true, repeating: true)],
                    numbers: [.indicatorValue]) { args throws(ShellError) in
            guard let action = args.positional(0) else { return .indicators }
            switch action {
            case "load":
                guard args.positionals.count == 2 else { throw args.usageError("load takes one FILE") }
                return .indicatorsLoad(args.positionals[1].text)
            case "set":
                let words = args.positionals.dropFirst(2).map(\.text)
                // No pairs is a column without values (what `save` writes for an empty imported column).
                guard let name = args.positional(1), words.count % 2 == 0 else {
                    throw args.usageError("set needs a NAME and CODE VALUE pairs")
                }
                var values: [String: Double] = [:]
                for i in stride(from: 0, to: words.count, by: 2) {
                    values[words[i]] = try args.decimal(words[i + 1], .indicatorValue)
                }
                return .indicatorsSet(name: name, values: values)
            default:
                throw args.usageError("unknown action '\(action)'")
            }
        },
    ]
}
