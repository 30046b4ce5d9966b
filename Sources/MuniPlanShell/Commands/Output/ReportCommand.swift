import MuniPlan

/// `report --to PATH.html …`: the HTML page with the map, the district chart and the tables.
struct ReportCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("report", group: .output,
                    summary: Message.Help.summaryReport,
                    details: Message.Help.detailsReport,
                    examples: ["report --to out/report.html", "report --to advisor.html --measure advisor"],
                    options: [OptionSpec("--to", .file, placeholder: "PATH.html", required: true, help: Message.Help.optionReportTo),
                              OptionSpec("--measure", .measure, help: Message.Help.optionReportMeasure),
                              OptionSpec("--fy", .fiscalYear, help: Message.Help.optionReportFy),
                              OptionSpec("--cumulative", help: Message.Help.optionReportCumulative),
                              OptionSpec("--force", help: Message.Help.optionReportForce)],
                    keywords: Message.Help.keywordsReport, runs: ReportCommand.self)

    var path: String
    var measure: String?
    var fy: String?
    var cumulative = false
    var force = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let dataset = session.dataset
        guard let directory = dataset.directory else { throw .refused(Message.Output.noBoundaries) }
        let measure = try measure.map { (id: String) throws(ShellError) in try session.measure(id) }
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        // Boundaries are read only when a map is drawn, from the data directory.
        let boundaries: Boundaries
        do { boundaries = try Boundaries.load(directory: directory) } catch { throw .data(error) }
        let input = ReportInput(plan: session.plan, dataset: dataset, boundaries: boundaries,
                                options: ReportOptions(measure: measure, fiscalYear: year, currentYear: session.year,
                                                       cumulative: cumulative),
                                language: session.language)
        let bytes = HTMLReport.bytes(input)
        try interpreter.write(bytes, to: path, force: force)
        emit(.text(interpreter.text(Message.Output.wroteReport(path: path, shapes: boundaries.shapes.count, bytes: bytes.count))))
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
