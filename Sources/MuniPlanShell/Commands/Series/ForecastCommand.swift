import MuniPlan

/// `forecast MEASURE [BODY|SELECTOR…] [--at DATE…] [--by district] [--backtest]`:
/// the expected rate at dates with 80% and 95% intervals, or how the model did on the past.
struct ForecastCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("forecast", group: .lookup,
                                  summary: Message.Series.summaryForecast,
                                  details: Message.Series.detailsForecast,
                                  examples: ["forecast mynumber", "forecast mynumber --at 2023-03-31 2023-09-30", "forecast mynumber 檜枝岐村 --at 2022-12-31",
                                             "forecast mynumber --backtest"],
                                  positionals: [PositionalSpec("MEASURE", .measure),
                                                PositionalSpec("BODY", .body, optional: true, repeating: true)],
                                  options: [OptionSpec("--at", .text, placeholder: "DATE", repeating: true, help: Message.Series.optionForecastAt),
                                            OptionSpec("--by", .keyword(["district"]), help: Message.Series.optionTrendBy),
                                            OptionSpec("--backtest", help: Message.Series.optionForecastBacktest)],
                                  keywords: Message.Series.keywordsForecast, runs: ForecastCommand.self)

    static let defaultSeed: UInt64 = 1

    var measure: String
    var terms: [String] = []
    /// As typed; empty: the end of the KPI's fiscal year.
    var dates: [String] = []
    var byDistrict = false
    var backtest = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let series = try interpreter.observedSeries(measure)
        let language = interpreter.session.tableLanguage
        if backtest {
            let units = try interpreter.seriesUnits(series, terms: terms, everyBody: true)
            let result = Backtest(series: series, units: units)
            emit(.table(result.table(totalName: units.last?.name ?? interpreter.session.dataset.totalName, language: language)))
            return
        }
        let measureID = series.measure
        var at: [SeriesDate] = []
        for text in dates.isEmpty ? [interpreter.defaultForecastDate(for: measureID)] : dates {
            at.append(try interpreter.forecastDate(text, series: series))
        }
        let units = try interpreter.seriesUnits(series, terms: terms, byDistrict: byDistrict)
        // The table's bounds are order statistics of past errors: no paths are drawn for it.
        let run = ForecastRun(measure: measureID, units: units, dates: at, seed: Self.defaultSeed, paths: 0,
                              calibration: interpreter.calibration(series, units: units, dates: at))
        interpreter.session.forecast = run
        emit(.table(run.table(language: language)))
    }
}

extension ForecastCommand {
    init(_ args: Arguments) throws(ShellError) {
        measure = args.positionals[0].text
        terms = args.positionals.dropFirst().map(\.text)
        dates = args.values("--at")
        if let by = args.value("--by") {
            guard by == "district" else { throw args.usageError(Message.Series.byDistrictOnly) }
            byDistrict = true
        }
        backtest = args.flag("--backtest")
        if backtest, !dates.isEmpty { throw args.usageError(Message.Series.backtestWithoutAt) }
    }
}
