import MuniPlan

/// `report --to PATH.html …`: the HTML page with the map, the district chart and the tables.
struct ReportCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("report", group: .output,
                    summary: "one self-contained HTML page: coverage map, district chart, KPI and coverage tables, sources",
                    details: """
                    The map shades each municipality by the number of measures covering it, or, with
                    --measure, by whether that measure covers it; hovering names it and its status.
                    No network is needed to view or print it (A4).
                    """,
                    examples: ["report --to out/report.html", "report --to advisor.html --measure advisor"],
                    options: [OptionSpec("--to", .file, placeholder: "PATH.html", required: true, help: "the HTML file to write"),
                              OptionSpec("--measure", .measure, help: "map one measure instead of the count of measures"),
                              OptionSpec("--fy", .fiscalYear, help: "the fiscal year (default: the current one)"),
                              OptionSpec("--cumulative", help: "coverage through the year"),
                              OptionSpec("--force", help: "replace an existing file")],
                    runs: ReportCommand.self)

    var path: String
    var measure: String?
    var fy: String?
    var cumulative = false
    var force = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let dataset = session.dataset
        guard let directory = dataset.directory else { throw .invalid("this data set has no boundaries to draw") }
        let measure = try measure.map { (id: String) throws(ShellError) in try session.measure(id) }
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        // Boundaries are read only when a map is drawn, from the data directory.
        let boundaries: Boundaries
        do { boundaries = try Boundaries.load(directory: directory) } catch { throw .invalid(error.description) }
        let input = ReportInput(plan: session.plan, dataset: dataset, boundaries: boundaries,
                                options: ReportOptions(measure: measure, fiscalYear: year, currentYear: session.year,
                                                       cumulative: cumulative),
                                language: session.language)
        let bytes = HTMLReport.bytes(input)
        try interpreter.write(bytes, to: path, force: force)
        emit(.text("wrote \(path) (\(boundaries.shapes.count) municipalities on the map, \(bytes.count) bytes)"))
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension ReportCommand {
    init(_ args: Arguments) throws(ShellError) {
        guard let path = args.value("--to") else { throw args.usageError("missing --to PATH.html") }
        self.init(path: path, measure: args.value("--measure"), fy: args.value("--fy"),
                  cumulative: args.flag("--cumulative"), force: args.flag("--force"))
    }
}
