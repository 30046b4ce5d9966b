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
        let language = interpreter.session.tableLanguage
        emit(.table(byDistrict ? Self.abbreviated(tables.districtTable(language: language), measures: tables.measures, language: language)
                                : tables.bodyTable(language: language)))
    }

    /// The district table with short headings for a narrow terminal: each measure a letter
    /// in the order shown (a, b, …, heading its covered count), then b% and p% (団% and 人%: its shares
    /// of bodies and of population); the legend under the table names the letters.
    static func abbreviated(_ table: Table, measures: [Measure], language: Language) -> Table {
        var shorts: [String: String] = [:]
        var keys: [String] = []
        for (index, measure) in measures.enumerated() {
            let key = index < 26 ? String(UnicodeScalar(UInt8(97 + index))) : String(index + 1)
            keys.append(key + " " + measure.id)
            shorts[measure.id + "_covered"] = key
            shorts[measure.id + "_bodies_pct"] = Message.Coverage.shortBodiesPct.text(in: language)
            shorts[measure.id + "_population_pct"] = Message.Coverage.shortPopulationPct.text(in: language)
        }
        let columns = table.columns.map { column in
            var shortened = column
            shortened.short = shorts[column.id]
            return shortened
        }
        var result = Table(name: table.name, title: table.title, columns: columns, rows: table.rows, footer: table.footer)
        result.legend = keys.isEmpty ? [] : [Message.Output.coverageLegend(measures: MessageList(keys)).text(in: language)]
        return result
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension CoverageCommand {
    init(_ args: Arguments) throws(ShellError) {
        measures = args.positionals.map(\.text)
        fy = args.value("--fy")
        cumulative = args.flag("--cumulative")
        if let by = args.value("--by") {
            guard by == "district" else { throw args.usageError(Message.Usage.byTakesDistrict) }
            byDistrict = true
        }
    }
}
