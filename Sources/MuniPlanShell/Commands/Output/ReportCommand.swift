import Foundation
import MuniPlan

/// `report --to PATH.html …`: the HTML page with the map, the district chart and the tables;
/// with `--compare A.plan B.plan …`, scenarios side by side (a small map each, KPIs merged).
struct ReportCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("report", group: .output,
                    summary: Message.Help.summaryReport,
                    details: Message.Help.detailsReport,
                    examples: ["report --to out/report.html", "report --to advisor.html --measure advisor",
                               "report --compare scenarios/fy2022-plan.plan scenarios/small-villages-first.plan --to 比較.html"],
                    options: [OptionSpec("--to", .file, placeholder: "PATH.html", required: true, help: Message.Help.optionReportTo),
                              OptionSpec("--measure", .measure, help: Message.Help.optionReportMeasure),
                              OptionSpec("--fy", .fiscalYear, help: Message.Help.optionReportFy),
                              OptionSpec("--cumulative", help: Message.Help.optionReportCumulative),
                              OptionSpec("--name", .text, help: Message.Report.optionName),
                              OptionSpec("--date", .text, placeholder: "YYYY-MM-DD", help: Message.Report.optionDate),
                              OptionSpec("--compare", .file, placeholder: "FILE", repeating: true, help: Message.Report.optionCompare),
                              OptionSpec("--force", help: Message.Help.optionReportForce)],
                    keywords: Message.Help.keywordsReport, runs: ReportCommand.self)

    var path: String
    var measure: String?
    var fy: String?
    var cumulative = false
    var name: String?
    var date: String?
    var force = false
    /// Scenario files to run and show side by side instead of this session's plan.
    var compare: [String] = []

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let dataset = session.dataset
        guard let directory = dataset.directory else { throw .refused(Message.Output.noBoundaries) }
        let measure = try measure.map { (id: String) throws(ShellError) in try session.measure(id) }
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        let day = try reportDate()
        // Boundaries are read only when a map is drawn, from the data directory.
        let boundaries: Boundaries
        do { boundaries = try Boundaries.load(directory: directory) } catch { throw .data(error) }
        let licence = interpreter.japancodeLicenceText()
        func input(_ plan: Plan, scenario: String?) -> ReportInput {
            ReportInput(plan: plan, dataset: dataset, boundaries: boundaries,
                        options: ReportOptions(measure: measure, fiscalYear: year, currentYear: session.year,
                                               cumulative: cumulative, scenario: scenario, date: day),
                        language: session.language, japancodeLicenceText: licence)
        }
        guard compare.isEmpty else {
            // Every word is checked above, and the file here, before a scenario runs: a typo
            // should not cost a simulation.
            try interpreter.checkWritable(path, force: force)
            let scenarios = try interpreter.runScenarios(compare, emit: emit).map { (name: $0.name, input: input($0.plan, scenario: nil)) }
            let bytes = HTMLReport.comparisonBytes(scenarios)
            try interpreter.write(bytes, to: path, force: force)
            emit(.text(interpreter.text(Message.Report.wroteComparison(count: scenarios.count, path: path,
                                                                       shapes: boundaries.shapes.count, bytes: NumberText.grouped(bytes.count)))))
            return
        }
        let bytes = HTMLReport.bytes(input(session.plan, scenario: name))
        try interpreter.write(bytes, to: path, force: force)
        emit(.text(interpreter.text(Message.Output.wroteReport(path: path, shapes: boundaries.shapes.count, bytes: NumberText.grouped(bytes.count)))))
    }
}

extension ReportCommand {
    /// `--date`, else `SOURCE_DATE_EPOCH` (so a build can fix the bytes), else today (UTC).
    func reportDate() throws(ShellError) -> ReportDate? {
        if let date {
            guard let day = ReportDate(parsing: date) else { throw .refused(Message.Report.badDate(text: date)) }
            return day
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let day = ReportDate(epochSeconds: epoch) {
            return day
        }
        return ReportDate(epochSeconds: String(Int(Date().timeIntervalSince1970)))
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension ReportCommand {
    init(_ args: Arguments) throws(ShellError) {
        guard let path = args.value("--to") else { throw args.usageError(Message.Usage.missingReportPath) }
        let compare = args.values("--compare")
        if args.flag("--compare") {
            guard compare.count >= 2 else { throw args.usageError(Message.Compare.needsTwo) }
            if args.flag("--name") { throw args.usageError(Message.Report.compareName) }
        }
        self.init(path: path, measure: args.value("--measure"), fy: args.value("--fy"),
                  cumulative: args.flag("--cumulative"), name: args.value("--name"), date: args.value("--date"),
                  force: args.flag("--force"), compare: compare)
    }
}
