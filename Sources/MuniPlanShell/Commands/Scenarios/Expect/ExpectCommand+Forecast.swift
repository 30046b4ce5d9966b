import MuniPlan

/// `expect forecast MEASURE [BODY…] OP N [--at DATE] [--probability P] [--seed S]`: the
/// forecast rate (the total's, or each body's named) OP N; with --probability, the share of
/// bootstrap paths for which it holds must reach P. Seeded, so a scenario gives one answer.
extension ExpectCommand {
    static func parseForecast(_ words: [String], args: Arguments) throws(ShellError) -> Expectation {
        guard words.count >= 3, let comparison = Comparison(word: words[words.count - 2]) else {
            throw args.usageError(Message.Series.expectForecastWords)
        }
        let value = try args.decimal(words[words.count - 1], .expectedValue)
        let probability = try args.value("--probability").map { (t: String) throws(ShellError) in try args.decimal(t, .probability) }
        let seed = try args.value("--seed").map { (t: String) throws(ShellError) in try args.seed(t, .seed) }
        return .forecast(measure: words[0], bodies: Array(words[1..<(words.count - 2)]), comparison: comparison, value: value,
                         at: args.value("--at"), probability: probability, seed: seed)
    }

    func checkForecast(_ measure: String, bodies: [String], comparison: Comparison, value: Double, at: String?,
                       probability: Double?, seed: UInt64?, in interpreter: Interpreter) throws(ShellError) -> String {
        let series = try interpreter.observedSeries(measure)
        let date = try interpreter.forecastDate(at ?? interpreter.defaultForecastDate(for: series.measure), series: series)
        let all = try interpreter.seriesUnits(series, terms: bodies, everyBody: !bodies.isEmpty)
        let units = bodies.isEmpty ? all.filter { $0.kind == .total } : all.filter { $0.kind == .body }
        // Only a probability reads the bootstrap paths: without one, draw none.
        let run = ForecastRun(measure: series.measure, units: units, dates: [date], seed: seed ?? ForecastCommand.defaultSeed,
                              paths: probability == nil ? 0 : RateForecaster.defaultPaths,
                              calibration: interpreter.calibration(series, units: units, dates: [date]))
        let language = interpreter.session.language
        var actual: [String] = []
        var holds = true
        for (unit, forecasts) in zip(run.units, run.forecasts) {
            guard let f = forecasts[0] else { throw .refused(Message.Series.tooShort) }
            let name = unit.name.text(in: language)
            if let probability {
                let p = Double(f.paths.filter { comparison.holds($0, value) }.count) / Double(max(f.paths.count, 1))
                holds = holds && p >= probability - 1e-9
                actual.append("P(\(name) \(comparison.rawValue) \(NumberText.shortest(value))) = \(Interpreter.decimal(p))")
            } else {
                holds = holds && comparison.holds(f.expected, value)
                actual.append("\(name) \(Table.Cell.decimal(f.expected, places: 1).display)")
            }
        }
        let stated = "forecast \(([series.measure] + bodies).joined(separator: " ")) \(comparison.rawValue) \(NumberText.shortest(value)) --at \(date)"
            + (probability.map { " --probability \(NumberText.shortest($0))" } ?? "")
        let detail = MessageList(actual)
        guard holds else { throw .expectation(interpreter.text(Message.Scenario.expectedActual(check: stated, actual: detail))) }
        return interpreter.text(Message.Scenario.okDetail(check: stated, detail: detail))
    }
}
