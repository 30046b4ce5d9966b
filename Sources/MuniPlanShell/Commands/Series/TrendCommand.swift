import MuniPlan

/// `trend MEASURE [BODY|SELECTOR…] [--by district]`: a measure's observed series, a row a
/// body, district or the total, with a sparkline; every observation in other formats.
struct TrendCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("trend", group: .lookup,
                                  summary: Message.Series.summaryTrend,
                                  details: Message.Series.detailsTrend,
                                  examples: ["trend mynumber", "trend mynumber 檜枝岐村 福島市", "trend mynumber district:会津", "trend mynumber all --by district"],
                                  positionals: [PositionalSpec("MEASURE", .measure),
                                                PositionalSpec("BODY", .body, optional: true, repeating: true)],
                                  options: [OptionSpec("--by", .keyword(["district"]), help: Message.Series.optionTrendBy)],
                                  keywords: Message.Series.keywordsTrend, runs: TrendCommand.self)

    var measure: String
    var terms: [String] = []
    var byDistrict = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(try interpreter.trendTable(measure, terms: terms, byDistrict: byDistrict,
                                               everyObservation: interpreter.session.format != .table,
                                               language: interpreter.session.tableLanguage)))
    }
}

extension TrendCommand {
    init(_ args: Arguments) throws(ShellError) {
        measure = args.positionals[0].text
        terms = args.positionals.dropFirst().map(\.text)
        if let by = args.value("--by") {
            guard by == "district" else { throw args.usageError(Message.Series.byDistrictOnly) }
            byDistrict = true
        }
    }
}

extension Interpreter {
    /// The trend table at the prompt (a row a unit, a sparkline), or every observation (exports).
    func trendTable(_ measure: String, terms: [String], byDistrict: Bool = false, everyObservation: Bool,
                    language: Language) throws(ShellError) -> Table {
        let series = try observedSeries(measure)
        let units = try seriesUnits(series, terms: terms, byDistrict: byDistrict, everyBody: everyObservation && terms.isEmpty)
        return everyObservation ? SeriesTables.observations(series, units: units, language: language)
                                : SeriesTables.trend(series, units: units, language: language)
    }
}
