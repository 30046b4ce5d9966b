import MuniPlan

/// Every command that exists, one line each. Help, completion, the parser and
/// docs/commands.md read only this list, so a command added here is documented and
/// completed without more work. `help` lists them by group in this order.
public enum CommandRegistry {
    public static let types: [any ShellCommand.Type] = [
        BodiesCommand.self, ShowCommand.self, DistrictsCommand.self, ItemsCommand.self, MeasuresCommand.self, KPICommand.self,
        FyCommand.self, AssignCommand.self, UnassignCommand.self, CapacityCommand.self, SetCommand.self, IndicatorsCommand.self,
        TargetCommand.self,
        WeightCommand.self, WeightsCommand.self,
        ActualCommand.self,
        AllocateCommand.self, ExplainCommand.self,
        UndoCommand.self, RedoCommand.self, SnapshotCommand.self, SnapshotsCommand.self, DiffCommand.self, ResetCommand.self,
        RunCommand.self, SaveCommand.self, ExpectCommand.self,
        CoverageCommand.self, ExportCommand.self, ReportCommand.self,
        HelpCommand.self, FormatCommand.self, LangCommand.self, PagerCommand.self, QuitCommand.self,
        SimulateCommand.self,
        CompareCommand.self,
        TrendCommand.self, ForecastCommand.self,
    ]

    public static let all: [CommandSpec] = types.map { $0.spec }

    private static let byName: [String: CommandSpec] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func spec(_ name: String) -> CommandSpec? { byName[name] }

    /// The command a typed word names, as the parser reads it: full-width letters folded
    /// (`ＫＰＩ`), any case, an alias (`exit`, `保存`) for its command.
    public static func spec(named word: String) -> CommandSpec? {
        // A name as it is spelled needs no folding.
        if let spec = byName[word] { return spec }
        let name = FullWidth.ascii(word).lowercased()
        return byName[name] ?? aliases[name].flatMap { byName[$0] }
    }

    public static var names: [String] { all.map(\.name) }

    /// Parses one command's words into a command value. `measureID` turns a measure's name
    /// or alias into its id, so that commands, the plan and `save` only ever hold ids.
    public static func parse(_ words: [Lexer.Word], measureID: (String) -> String? = { _ in nil }) throws(ShellError) -> any ShellCommand {
        guard let first = words.first else { throw .refused(Message.Session.emptyCommand) }
        guard let spec = spec(named: first.text) else {
            throw .unknownCommand(first.text, suggestion: Suggest.closest(FullWidth.ascii(first.text).lowercased(), in: names))
        }
        let arguments = try Arguments.parse(words.dropFirst(), spec: spec).namingMeasures(by: measureID)
        return try spec.build(arguments)
    }

    /// Other names people reach for, the Japanese ones among them for the commands typed most
    /// (saved scenarios write the command's own name).
    static let aliases: [String: String] = [
        "exit": "quit", "?": "help", "kpis": "kpi", "list": "bodies",
        "ヘルプ": "help", "終了": "quit", "表示": "show", "保存": "save", "実行": "run",
        "元に戻す": "undo", "やり直す": "redo",
    ]

    /// The aliases typed in Japanese, offered by completion beside the names.
    static var japaneseAliases: [String] { aliases.keys.filter { !$0.allSatisfy(\.isASCII) }.sorted() }
}
