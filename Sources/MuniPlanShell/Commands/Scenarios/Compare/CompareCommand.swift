import MuniPlan

/// `compare A.plan B.plan [C.plan …] [--to PATH] …`: scenarios run each in a fresh session,
/// shown side by side (at the prompt as titled tables, or in one file).
struct CompareCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("compare", group: .scenarios,
                                  summary: Message.Compare.summary,
                                  details: Message.Compare.details,
                                  examples: ["compare scenarios/fy2022-plan.plan scenarios/small-villages-first.plan",
                                             "compare scenarios/fy2022-plan.plan scenarios/evacuation-area-first.plan --to 比較.xlsx"],
                                  positionals: [PositionalSpec("FILE", .file, repeating: true)],
                                  options: [OptionSpec("--to", .file, help: Message.Compare.optionTo),
                                            OptionSpec("--format", .keyword(ExportFormat.knownExtensions), help: Message.Compare.optionFormat),
                                            OptionSpec("--fy", .fiscalYear, help: Message.Compare.optionFy),
                                            OptionSpec("--cumulative", help: Message.Compare.optionCumulative),
                                            OptionSpec("--force", help: Message.Compare.optionForce)],
                                  keywords: Message.Compare.keywords, runs: CompareCommand.self)

    var files: [String]
    var path: String?
    /// An extension (`csv`) instead of the path's.
    var format: String?
    var fy: String?
    var cumulative = false
    var force = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // Words are checked before any scenario runs: a typo should not cost a simulation.
        let year = try fy.map { (text: String) throws(ShellError) in try interpreter.session.fiscalYear(text) } ?? interpreter.session.year
        let exportFormat = try path.map { (path: String) throws(ShellError) in try fileFormat(path) }
        // A scenario's name heads its columns: one named as a key column would give a table two of one id.
        for file in files {
            let name = ScenarioOutcome.name(ofFile: file)
            if !ScenarioComparison.canHeadColumns(name) { throw .refused(Message.Compare.reservedName(file: file, name: name)) }
        }
        // So is the file: a path it may not write should not cost the scenarios' runs.
        if let path { try interpreter.checkWritable(path, force: force) }
        let comparison = ScenarioComparison(dataset: interpreter.session.dataset, scenarios: try interpreter.runScenarios(files, emit: emit),
                                            year: year, cumulative: cumulative)
        let language = interpreter.session.tableLanguage
        guard let path, let exportFormat else {
            for table in comparison.tables(language: language) { emit(.table(table)) }
            return
        }
        let bytes: [UInt8]
        do { bytes = try ComparisonEncoder.bytes(comparison, as: exportFormat, language: interpreter.session.language,
                                                          sources: interpreter.dataSources()) } catch { throw .export(error) }
        try interpreter.write(bytes, to: path, force: force)
        emit(.text(interpreter.text(Message.Compare.wrote(count: comparison.parts.count, path: path,
                                                           format: exportFormat.fileExtension, bytes: NumberText.grouped(bytes.count)))))
    }

    /// The format named by --format, else by the path's extension.
    func fileFormat(_ path: String) throws(ShellError) -> ExportFormat {
        do throws(ExportError) { return try ExportFormat(option: format, path: path) } catch { throw .export(error) }
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension CompareCommand {
    init(_ args: Arguments) throws(ShellError) {
        let files = args.positionals.map(\.text)
        guard files.count >= 2 else { throw args.usageError(Message.Compare.needsTwo) }
        if args.value("--to") == nil, let option = ["--format", "--force"].first(where: args.flag) {
            throw args.usageError(Message.Compare.needsTo(option: option))
        }
        self.init(files: files, path: args.value("--to"), format: args.value("--format"), fy: args.value("--fy"),
                  cumulative: args.flag("--cumulative"), force: args.flag("--force"))
    }
}
