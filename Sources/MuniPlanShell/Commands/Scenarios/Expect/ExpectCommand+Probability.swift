import MuniPlan

/// `expect probability`: odds from the last `simulate` (its record, kept with the plan it
/// simulated, is in Interpreter+Simulation).
extension ExpectCommand {
    /// `expect probability KPI [TARGET] OP P`: P may be written 0.8 or 80%.
    static func parseProbability(_ words: [String], args: Arguments, fy: String?, exact: Bool) throws(ShellError) -> Expectation {
        guard words.count == 3 || words.count == 4, let comparison = Comparison(word: words[words.count - 2]) else {
            throw args.usageError(Message.Usage.expectProbabilityWords)
        }
        let target = words.count == 4 ? try args.decimal(words[1], .probabilityTarget) : nil
        let p = try args.decimal(words[words.count - 1], .probability)
        return .probability(kpi: words[0], target: target, comparison: comparison, value: p, fy: fy, exact: exact)
    }

    /// `expect probability KPI [TARGET] OP P [--fy FY]`: for each KPI named (a KPI id, or
    /// every KPI of a measure), P(count ≥ TARGET) in the KPI's year (or FY) OP P: the share of
    /// the last simulation's runs, or with `--exact` the exact probability under its setup.
    func checkProbability(_ name: String, target: Double?, comparison: Comparison, value: Double,
                          fy: String?, exact: Bool, in interpreter: Interpreter) throws(ShellError) -> String {
        let session = interpreter.session
        let result = try interpreter.currentSimulation(for: "expect probability")
        let odds = exact ? ExactOdds(setup: result.setup) : nil
        let kpis = result.kpis
        let byID = kpis.indices.filter { kpis[$0].kpi.id == name }
        let indices = byID.isEmpty ? kpis.indices.filter { kpis[$0].kpi.measure == name } : byID
        let rates = result.setup.rates.indices.filter { result.setup.rates[$0].kpi.id == name || result.setup.rates[$0].kpi.measure == name }
        guard !indices.isEmpty || !rates.isEmpty else {
            let dataset = session.dataset
            if dataset.kpis.contains(where: { $0.id == name || $0.measure == name }) {
                throw .refused(Message.Scenario.notSimulated(name: name, simulated: MessageList(result.setup.measures)))
            }
            throw .plan(.unknownKPI(name, known: kpis.map(\.kpi.id) + result.setup.measures))
        }
        let year: FiscalYear? = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        var checked = try rates.map { (r: Int) throws(ShellError) in
            try rateCheck(result, rate: r, target: target, year: year, exact: exact)
        }
        var seen = Set<String>()
        for k in indices {
            let kpi = kpis[k]
            let when = year ?? kpi.kpi.fiscalYear
            let t = try Self.yearIndex(when, in: result)
            let threshold = target.map(SimulationSetup.threshold) ?? kpi.threshold
            let subject = target == nil ? kpi.kpi.id : name
            let what = kpi.isCumulative ? Message.ExpectOdds.countBy(kpi: subject, threshold: threshold, year: when.short)
                : Message.ExpectOdds.countIn(kpi: subject, threshold: threshold, year: when.short)
            guard seen.insert(what.description).inserted else { continue }
            checked.append((what, odds?.probability(kpi: k, year: t, atLeast: threshold)
                                  ?? result.probability(kpi: k, year: t, atLeast: threshold)))
        }
        let stated = "probability \(name)\(target.map { " " + NumberText.shortest($0) } ?? "") \(comparison.rawValue) \(NumberText.shortest(value))"
            + (exact ? " --exact" : "")
        let actual = MessageList(checked.map { check in
            exact ? Message.Odds.exactValue(what: check.what, p: Interpreter.decimal(check.p))
                : Message.ExpectOdds.sampled(what: check.what, p: Interpreter.decimal(check.p),
                                             error: Interpreter.standardError(result.standardError(check.p)))
        })
        guard checked.allSatisfy({ comparison.holds($0.p, value) }) else {
            throw .expectation(interpreter.text(exact ? Message.Scenario.expectedActual(check: stated, actual: actual)
                : Message.Scenario.expectedRuns(check: stated, actual: actual, runs: Table.Cell.integer(result.runs).display)))
        }
        return interpreter.text(Message.Scenario.okDetail(check: stated, detail: actual))
    }

    /// The year's index in the simulation, refused where it was not simulated.
    static func yearIndex(_ year: FiscalYear, in result: SimulationResult) throws(ShellError) -> Int {
        guard let t = result.yearIndex(year) else {
            let span = "\(result.years[0].token)–\(result.years[result.years.count - 1].token)"
            throw .refused(Message.Scenario.yearNotSimulated(year: year.token, span: span))
        }
        return t
    }

    /// P(rate ≥ TARGET %, else the KPI's target) at the year's end, drawn or exact; refused
    /// where the year end is past the forecast's reach.
    func rateCheck(_ result: SimulationResult, rate r: Int, target: Double?, year: FiscalYear?,
                   exact: Bool) throws(ShellError) -> (what: Message, p: Double) {
        let rate = result.setup.rates[r]
        let when = year ?? rate.kpi.fiscalYear
        let t = try Self.yearIndex(when, in: result)
        let d = exact ? rate.exactDistribution(year: t) : result.rateDistribution(rate: r, year: t)
        guard !d.isEmpty else { throw .refused(Message.Rates.noOdds(kpi: rate.kpi.id, year: when.short, date: rate.observedTo.description)) }
        let threshold = target ?? rate.target
        return (Message.ExpectOdds.rateAt(kpi: rate.kpi.id, threshold: NumberText.shortest(threshold), date: "\(rate.yearEnds[t])"),
                d.probability(atLeast: threshold))
    }
}
