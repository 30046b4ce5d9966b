/// `coverage` and `report` (each a type of its own), `export`.
enum OutputCommands {
    static let specs: [CommandSpec] = [
        CoverageCommand.spec,
        CommandSpec("export", group: .output,
                    usage: "export \(ExportTarget.Kind.allCases.map(\.usage).joined(separator: "|")) --to PATH [--format csv|tsv|md|json|html] [--excel] [--encoding utf-8|cp932] [--force]",
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
                    positionals: [PositionalSpec("WHAT", .keyword(ExportTarget.Kind.words)), PositionalSpec("MEASURE", .measure, optional: true)],
                    options: [OptionSpec("--to", .file, help: "the file to write"),
                              OptionSpec("--format", .keyword(["csv", "tsv", "md", "json", "html"]), help: "instead of the extension"),
                              OptionSpec("--excel", help: "UTF-8 with BOM and CRLF"),
                              OptionSpec("--encoding", .keyword(["utf-8", "cp932"]), help: "utf-8 (default) or cp932"),
                              OptionSpec("--force", help: "replace an existing file"),
                              OptionSpec("--fy", .fiscalYear, help: "the fiscal year"),
                              OptionSpec("--cumulative", help: "coverage through the year"),
                              OptionSpec("--by", .keyword(["district"]), help: "coverage a row a district")]) { args throws(ShellError) in
            let what = args.positionals[0].text
            guard let kind = ExportTarget.Kind(rawValue: what) else {
                throw args.usageError("cannot export '\(what)' (choose \(ExportTarget.Kind.words.joined(separator: ", ")))")
            }
            guard let path = args.value("--to") else { throw args.usageError("missing --to PATH") }
            var request = ExportRequest(target: try ExportTarget(kind, argument: args.positional(1), args), path: path)
            request.format = args.value("--format")
            request.excel = args.flag("--excel")
            request.encoding = args.value("--encoding")
            request.force = args.flag("--force")
            request.fy = args.value("--fy")
            request.cumulative = args.flag("--cumulative")
            request.byDistrict = args.value("--by") == "district"
            return .export(request)
        },
        ReportCommand.spec,
    ]
}
