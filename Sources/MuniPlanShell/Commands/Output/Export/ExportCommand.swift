import MuniPlan

/// `export WHAT --to PATH [--format F] [--excel] [--encoding E] [--force] …`: one table to
/// a file, atomically.
struct ExportCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("export", group: .output,
                    summary: Message.Help.summaryExport,
                    details: Message.Help.detailsExport,
                    examples: ["export coverage --to out/coverage.csv --excel", "export coverage --by district --to coverage.xlsx", "export kpi --to kpi.json",
                               "export allocation advisor --to advisor.md", "export bodies --to bodies.csv --encoding cp932",
                               "export simulation bodies --to odds.csv", "export workbook --to plan.xlsx", "export sources --to sources.md",
                               "export trend mynumber --to mynumber.csv", "export forecast --to forecast.csv"],
                    positionals: [PositionalSpec("WHAT", .keyword(ExportTarget.Kind.words),
                                                shape: ExportTarget.Kind.allCases.map(\.usage).joined(separator: "|")),
                                  PositionalSpec("MEASURE", .measure, optional: true, shape: "")],
                    options: [OptionSpec("--to", .file, required: true, help: Message.Help.optionExportTo),
                              OptionSpec("--format", .keyword(ExportFormat.knownExtensions), help: Message.Help.optionExportFormat),
                              OptionSpec("--excel", help: Message.Help.optionExportExcel),
                              OptionSpec("--encoding", .keyword(["utf-8", "cp932"]), help: Message.Help.optionExportEncoding),
                              OptionSpec("--force", help: Message.Help.optionExportForce),
                              OptionSpec("--fy", .fiscalYear, help: Message.Help.optionExportFy),
                              OptionSpec("--cumulative", help: Message.Help.optionExportCumulative),
                              OptionSpec("--by", .keyword(["district"]), help: Message.Help.optionExportBy)],
                    keywords: Message.Help.keywordsExport, runs: ExportCommand.self)

    var target: ExportTarget
    var path: String
    /// An extension (`csv`) instead of the path's.
    var format: String?
    var excel = false
    var encoding: String?
    var force = false
    /// For coverage and kpi.
    var fy: String?
    var cumulative = false
    var byDistrict = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        if target == .workbook { return try writeWorkbook(in: interpreter, emit: emit) }
        // JSON is read by programs: its labels and values do not change with the reader's language.
        let table = try self.table(interpreter, language: (try? exportFormat()) == .json ? .english : interpreter.session.language)
        let format: ExportFormat
        do throws(ExportError) { format = try exportFormat() } catch { throw .export(error) }
        guard let encoding = ExportOptions.Encoding(name: encoding ?? "utf-8") else {
            throw .refused(Message.Output.unknownEncoding(encoding: encoding ?? ""))
        }
        let bytes: [UInt8]
        let options = ExportOptions(excel: excel, encoding: encoding, sheetName: sheetName(of: table, language: interpreter.session.language),
                                    language: interpreter.session.language,
                                    // `export sources` is the sources: no footer repeating them.
                                    sources: target == .sources ? [] : interpreter.dataSources())
        do { bytes = try TableEncoder.encode(table, as: format, options: options) } catch {
            throw .export(error)
        }
        if path == Self.standardOutput {
            // Text only: the terminal or pipe gets what the file would hold, with no confirmation.
            guard format != .xlsx, encoding == .utf8, let text = String(validating: bytes, as: UTF8.self) else {
                throw .refused(Message.Output.notForStandardOutput(format: format.fileExtension))
            }
            let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
            emit(.formatted(VisibleText.escaping(body, keeping: format == .tsv ? ["\n", "\t"] : ["\n"])))
            return
        }
        try interpreter.write(bytes, to: path, force: force)
        emit(.text(interpreter.text(Message.Output.wroteExport(path: path, format: format.fileExtension, rows: NumberText.grouped(table.records.count),
                                                               bytes: NumberText.grouped(bytes.count)))))
    }

    /// `--to -`: standard output, as Unix tools take it.
    static let standardOutput = "-"

    /// The format named by --format, else by the path's extension; CSV for standard output.
    func exportFormat() throws(ExportError) -> ExportFormat {
        if format == nil, path == Self.standardOutput { return .csv }
        return try ExportFormat(option: format, path: path)
    }

    /// An .xlsx export's sheet: the table's name in the session's language, with the measure
    /// of an allocation.
    func sheetName(of table: Table, language: Language) -> String {
        if case let .allocation(measure) = target { return WorkbookSheetName.of(table, detail: measure, in: language) }
        return WorkbookSheetName.of(table, in: language)
    }

    /// The table the target names, built as the command that shows it builds it.
    func table(_ interpreter: Interpreter, language: Language) throws(ShellError) -> Table {
        switch target {
        case .coverage:
            let tables = try interpreter.coverageTables(measures: [], fy: fy, cumulative: cumulative)
            return byDistrict ? tables.districtTable(language: language) : tables.bodyTable(language: language)
        case .kpi: return try interpreter.kpiTable(fy: fy, language: language)
        case .plan: return interpreter.planTable(language: language)
        case .bodies: return try interpreter.bodiesTable([], language: language)
        case let .allocation(measure): return try interpreter.allocationTable(measure, language: language)
        case let .simulation(part): return try interpreter.simulationTable(part, language: language)
        case .workbook: throw .refused(Message.Xlsx.workbookIsNotATable)
        case .sources: return AttributionTable.make(interpreter.dataSources(), language: language)
        case let .trend(measure): return try interpreter.trendTable(measure, terms: [], everyObservation: true, language: language)
        case .forecast:
            guard let run = interpreter.session.forecast else { throw .refused(Message.Series.noForecast) }
            return run.table(language: language)
        }
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension ExportCommand {
    init(_ args: Arguments) throws(ShellError) {
        let what = args.positionals[0].text
        guard let kind = ExportTarget.Kind(rawValue: what) else {
            throw args.usageError(Message.Usage.cannotExport(what: Excerpt.of(what), choices: MessageList(ExportTarget.Kind.words)))
        }
        guard let path = args.value("--to") else { throw args.usageError(Message.Usage.missingExportPath) }
        self.init(target: try ExportTarget(kind, argument: args.positional(1), args), path: path)
        format = args.value("--format")
        excel = args.flag("--excel")
        encoding = args.value("--encoding")
        force = args.flag("--force")
        fy = args.value("--fy")
        cumulative = args.flag("--cumulative")
        byDistrict = args.value("--by") == "district"
    }
}
