import MuniPlan

/// `coverage [MEASURE…] [--fy FY] [--cumulative] [--by district]`: the coverage table.
struct CoverageCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("coverage", group: .output,
                    summary: Message.Help.summaryCoverage,
                    examples: ["coverage", "coverage advisor ict-grant", "coverage --cumulative --fy R5", "coverage --by district"],
                    positionals: [PositionalSpec("MEASURE", .measure, optional: true, repeating: true)],
                    options: [OptionSpec("--fy", .fiscalYear, help: Message.Help.optionCoverageFy),
                              OptionSpec("--cumulative", help: Message.Help.optionCoverageCumulative),
                              OptionSpec("--by", .keyword(["district"]), help: Message.Help.optionCoverageBy)],
                    keywords: Message.Help.keywordsCoverage, runs: CoverageCommand.self)

    /// Empty: every measure of the catalogue.
    var measures: [String] = []
    var fy: String?
    var cumulative = false
    var byDistrict = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let tables = try interpreter.coverageTables(measures: measures, fy: fy, cumulative: cumulative)
        emit(.table(byDistrict ? tables.districtTable(language: interpreter.session.tableLanguage)
                                : tables.bodyTable(language: interpreter.session.tableLanguage)))
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension CoverageCommand {
    init(_ args: Arguments) throws(ShellError) {
        measures = args.positionals.map(\.text)
        fy = args.value("--fy")
        cumulative = args.flag("--cumulative")
        if let by = args.value("--by") {
            guard by == "district" else { throw args.usageError("--by takes district") }
            byDistrict = true
        }
    }
}
