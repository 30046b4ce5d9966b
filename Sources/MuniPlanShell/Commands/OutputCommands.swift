/// `coverage`, `export`, `report`.
enum OutputCommands {

    static let specs: [CommandSpec] = [
        CommandSpec("coverage", group: .output, usage: "coverage [MEASURE…] [--fy FY] [--cumulative] [--by district]",
                    summary: "bodies × measures: who is covered, first year covered, KPI status under each column",
                    examples: ["coverage", "coverage advisor ict-grant", "coverage --cumulative --fy R5", "coverage --by district"],
                    positionals: [PositionalSpec("MEASURE", .measure, optional: true, repeating: true)],
                    options: [OptionSpec("--fy", .fiscalYear, help: "the fiscal year (default: the current one)"),
                              OptionSpec("--cumulative", help: "covered in any year through FY"),
                              OptionSpec("--by", .keyword(["district"]), help: "a row a district")]) { args throws(ShellError) in
            var options = CoverageOptions()
            options.measures = args.positionals.map(\.text)
            options.fy = args.value("--fy")
            options.cumulative = args.flag("--cumulative")
            if let by = args.value("--by") {
                guard by == "district" else { throw args.usageError("--by takes district") }
                options.byDistrict = true
            }
            return .coverage(options)
        },
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
        CommandSpec("report", group: .output, usage: "report --to PATH.html [--measure MEASURE] [--fy FY] [--cumulative] [--force]",
                    summary: "one self-contained HTML page: coverage map, district chart, KPI and coverage tables, sources",
                    details: """
                    The map shades each municipality by the number of measures covering it, or, with
                    --measure, by whether that measure covers it; hovering names it and its status.
                    No network is needed to view or print it (A4).
                    """,
                    examples: ["report --to out/report.html", "report --to advisor.html --measure advisor"],
                    options: [OptionSpec("--to", .file, help: "the HTML file to write"),
                              OptionSpec("--measure", .measure, help: "map one measure instead of the count of measures"),
                              OptionSpec("--fy", .fiscalYear, help: "the fiscal year (default: the current one)"),
                              OptionSpec("--cumulative", help: "coverage through the year"),
                              OptionSpec("--force", help: "replace an existing file")]) { args throws(ShellError) in
            guard let path = args.value("--to") else { throw args.usageError("missing --to PATH.html") }
            return .report(ReportRequest(path: path, measure: args.value("--measure"), fy: args.value("--fy"),
                                         cumulative: args.flag("--cumulative"), force: args.flag("--force")))
        },
    ]
}
