import MuniPlan

/// Every command that exists. Help, completion and the parser read only this list, so a
/// command added here is documented and completed without more work.
public enum CommandRegistry {
    public static let all: [CommandSpec] =
        LookupCommands.specs + EditingCommands.specs + NeedCommands.specs + AllocationCommands.specs
        + WhatIfCommands.specs + ScenarioCommands.specs + OutputCommands.specs + SessionCommands.specs
        + SimulationCommands.specs

    private static let byName: [String: CommandSpec] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func spec(_ name: String) -> CommandSpec? { byName[name] }

    public static var names: [String] { all.map(\.name) }

    /// Parses one command's words into a command value.
    public static func parse(_ words: [Lexer.Word]) throws(ShellError) -> any RunnableCommand {
        guard let first = words.first else { throw .invalid("empty command") }
        let name = first.text.lowercased()
        guard let spec = byName[name] ?? aliases[name].flatMap({ byName[$0] }) else {
            throw .unknownCommand(first.text, suggestion: Suggest.closest(name, in: names))
        }
        let arguments = try Arguments.parse(Array(words.dropFirst()), spec: spec)
        return try spec.build(arguments)
    }

    /// Other names people reach for.
    static let aliases: [String: String] = ["exit": "quit", "?": "help", "kpis": "kpi", "list": "bodies"]
}
