/// `weight`, `weights`.
enum NeedCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("weight", group: .need, usage: "weight FEATURE W",
                    summary: "set one feature's weight in the need score (0 removes it)",
                    details: """
                    need = Σ weight × feature, each feature scaled to 0…1. Features: city, town, village,
                    small (1 − ln(pop+1)/ln(max pop+1)), population, distance (from the centre office),
                    each group (evac12, hamadori15), uncovered:MEASURE (not covered before the year),
                    and every imported indicator column.
                    """,
                    examples: ["weight village 1", "weight uncovered:advisor 2", "weight distance 0"],
                    positionals: [PositionalSpec("FEATURE", .feature), PositionalSpec("W", .number(.weight))]) { args throws(ShellError) in
            .weight(feature: args.positionals[0].text, value: try args.decimal(args.positionals[1].text, .weight))
        },
        CommandSpec("weights", group: .need, usage: "weights [clear|default]",
                    summary: "print the need formula in use, set every weight to 0, or restore the defaults",
                    examples: ["weights", "weights clear", "weights default"],
                    positionals: [PositionalSpec("ACTION", .keyword(["clear", "default"]), optional: true)]) { args throws(ShellError) in
            switch args.positional(0) {
            case nil: return .weights(.show)
            case "clear": return .weights(.clear)
            case "default", "defaults": return .weights(.defaults)
            case let other?: throw args.usageError("unknown action '\(other)'")
            }
        },
    ]
}
