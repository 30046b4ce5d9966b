import MuniPlan

/// `docs/commands.md`: every command of the registry in Markdown, from the same specs that
/// `help` reads, so the reference cannot drift from the program (a test compares them).
public enum CommandReference {
    public static func markdown() -> String {
        var out = """
        # muniplan commands

        Generated from the command registry (`Sources/MuniPlanShell/Commands`); `help COMMAND` at
        the prompt prints the same. Do not edit by hand: `MUNIPLAN_RECORD_DOCS=1 swift test
        --filter CommandReference` writes it anew.

        """
        for group in CommandGroup.allCases {
            let specs = CommandRegistry.all.filter { $0.group == group }
            guard !specs.isEmpty else { continue }
            out += "\n## \(group.rawValue)\n"
            for spec in specs { out += "\n" + section(spec) }
        }
        return out
    }

    static func section(_ spec: CommandSpec) -> String {
        var out = "### `\(spec.name)`\n\n    \(spec.usage)\n\n\(spec.summary)\n"
        if !spec.details.isEmpty { out += "\n" + spec.details + "\n" }
        if !spec.options.isEmpty {
            out += "\n| option | what it does |\n|---|---|\n"
            for option in spec.options {
                out += "| `\(cell(option.head))` | \(cell(option.help)) |\n"
            }
        }
        if !spec.numbers.isEmpty {
            out += "\n| number | range | meaning |\n|---|---|---|\n"
            for number in spec.numbers { out += "| \(cell(number.name)) | \(cell(number.expected)) | \(cell(number.meaning.description)) |\n" }
        }
        out += "\nExamples:\n\n" + spec.examples.map { "    " + $0 + "\n" }.joined()
        return out
    }

    /// Text for a Markdown table cell: `|` would end the cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
