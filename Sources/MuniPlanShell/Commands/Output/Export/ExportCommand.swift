import MuniPlan

/// `export WHAT --to PATH [--format F] [--excel] [--encoding E] [--force] …`: one table to
/// a file, atomically.
struct ExportCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("export", group: .output,
                    summary: "write a table to a file; the format comes from the extension unless given",
                    details: """
                    CSV is RFC 4180 with ASCII column names; --excel adds a BOM and CRLF (Japanese Excel
                    opens it without mojibake); --encoding cp932 writes Shift_JIS. Writes are atomic.
                    From a scenario, an existing file is replaced only with --force and only paths under
                    the working directory (or --allow-write DIR) may be written.
                    export simulation writes the last simulate's kpi table, or PART: kpi, drivers,
                    districts, bodies.
                    """,
                    examples: ["export coverage --to out/coverage.csv --excel", "export kpi --to kpi.json",
                               "export allocation advisor --to advisor.md", "export bodies --to bodies.csv --encoding cp932",
                               "export simulation bodies --to odds.csv"],
                    positionals: [PositionalSpec("WHAT", .keyword(ExportTarget.Kind.words),
                                                shape: ExportTarget.Kind.allCases.map(\.usage).joined(separator: "|")),
                                  PositionalSpec("MEASURE", .measure, optional: true, shape: "")],
                    options: [OptionSpec("--to", .file, required: true, help: "the file to write"),
                              OptionSpec("--format", .keyword(["csv", "tsv", "md", "json", "html"]), help: "instead of the extension"),
                              OptionSpec("--excel", help: "UTF-8 with BOM and CRLF"),
                              OptionSpec("--encoding", .keyword(["utf-8", "cp932"]), help: "utf-8 (default) or cp932"),
                              OptionSpec("--force", help: "replace an existing file"),
                              OptionSpec("--fy", .fiscalYear, help: "the fiscal year"),
                              OptionSpec("--cumulative", help: "coverage through the year"),
                              OptionSpec("--by", .keyword(["district"]), help: "coverage a row a district")],
                    runs: ExportCommand.self)

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
        let table = try self.table(interpreter)
        let format: ExportFormat
        do throws(ExportError) {
            if let name = self.format { format = try ExportFormat(extension: name) } else { format = try ExportFormat(path: path) }
        } catch { throw .export(error) }
        guard let encoding = ExportOptions.Encoding(name: encoding ?? "utf-8") else {
            throw .invalid("unknown encoding '\(encoding ?? "")' — use utf-8 or cp932")
        }
        let bytes: [UInt8]
        do { bytes = try TableEncoder.encode(table, as: format, options: ExportOptions(excel: excel, encoding: encoding, language: interpreter.session.language)) } catch {
            throw .export(error)
        }
        try interpreter.write(bytes, to: path, force: force)
        emit(.text("wrote \(path) (\(format.fileExtension), \(table.records.count) rows, \(bytes.count) bytes)"))
    }

    /// The table the target names, built as the command that shows it builds it.
    func table(_ interpreter: Interpreter) throws(ShellError) -> Table {
        switch target {
        case .coverage:
            let tables = try interpreter.coverageTables(measures: [], fy: fy, cumulative: cumulative)
            return byDistrict ? tables.districtTable() : tables.bodyTable()
        case .kpi: return try interpreter.kpiTable(fy: fy)
        case .plan: return interpreter.planTable()
        case .bodies: return try interpreter.bodiesTable([])
        case let .allocation(measure): return try interpreter.allocationTable(measure)
        case let .simulation(part): return try interpreter.simulationTable(part)
        }
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension ExportCommand {
    init(_ args: Arguments) throws(ShellError) {
        let what = args.positionals[0].text
        guard let kind = ExportTarget.Kind(rawValue: what) else {
            throw args.usageError("cannot export '\(what)' (choose \(ExportTarget.Kind.words.joined(separator: ", ")))")
        }
        guard let path = args.value("--to") else { throw args.usageError("missing --to PATH") }
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
