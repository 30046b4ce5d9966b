import MuniPlan

/// Every command that exists, one line each. Help, completion, the parser and
/// docs/commands.md read only this list, so a command added here is documented and
/// completed without more work. `help` lists them by group in this order.
public enum CommandRegistry {
    public static let types: [any ShellCommand.Type] = [
        BodiesCommand.self, ShowCommand.self, DistrictsCommand.self, ItemsCommand.self, MeasuresCommand.self, KPICommand.self,
        FyCommand.self, AssignCommand.self, UnassignCommand.self, CapacityCommand.self, SetCommand.self, IndicatorsCommand.self,
        WeightCommand.self, WeightsCommand.self,
        AllocateCommand.self, ExplainCommand.self,
        UndoCommand.self, RedoCommand.self, SnapshotCommand.self, SnapshotsCommand.self, DiffCommand.self, ResetCommand.self,
        RunCommand.self, SaveCommand.self, ExpectCommand.self,
        CoverageCommand.self, ExportCommand.self, ReportCommand.self,
        HelpCommand.self, FormatCommand.self, LangCommand.self, QuitCommand.self,
        SimulateCommand.self,
    ]

    public static let all: [CommandSpec] = types.map { $0.spec }

    private static let byName: [String: CommandSpec] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func spec(_ name: String) -> CommandSpec? { byName[name] }

    public static var names: [String] { all.map(\.name) }

    /// Parses one command's words into a command value.
    public static func parse(_ words: [Lexer.Word]) throws(ShellError) -> any ShellCommand {
        guard let first = words.first else { throw .refused(Message.Session.emptyCommand) }
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
