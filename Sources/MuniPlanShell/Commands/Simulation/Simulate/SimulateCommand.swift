import MuniPlan

/// `simulate [--runs N] [--seed S] [--through FY] [MEASURE…] …`: Monte Carlo of uptake for
/// the plan; the result is kept for `expect probability` and `export simulation`.
struct SimulateCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("simulate", group: .whatIf,
                    summary: Message.Help.summarySimulate,
                    details: Message.Help.detailsSimulate,
                    examples: ["simulate", "simulate --runs 100000 --seed 1", "simulate --through FY2025 ict-grant",
                               "simulate --model my-uptake.toml --runs 20000",
                               "simulate --exact"],
                    positionals: [PositionalSpec("MEASURE", .measure, optional: true, repeating: true)],
                    options: [OptionSpec("--runs", .number(.runs), help: Message.Help.optionSimulateRuns(runs: SimulationOptions.defaultRuns)),
                              OptionSpec("--seed", .number(.seed), placeholder: "S", help: Message.Help.optionSimulateSeed),
                              OptionSpec("--through", .fiscalYear, help: Message.Help.optionSimulateThrough),
                              OptionSpec("--threads", .number(.threads), help: Message.Help.optionSimulateThreads),
                              OptionSpec("--model", .file, help: Message.Help.optionSimulateModel),
                              OptionSpec("--exact", help: Message.Odds.optionSimulateExact)],
                    keywords: Message.Help.keywordsSimulate, runs: SimulateCommand.self)

    /// What was typed; the engine's options (with their defaults) are built when it runs.
    var runs: Int?
    var seed: UInt64?
    var through: String?
    var measures: [String] = []
    /// Worker threads (the numbers do not depend on it); nil: one per core.
    var threads: Int?
    /// Another uptake model than the data directory's uptake.toml.
    var model: String?
    /// Also compute the odds exactly and show them beside the sampled ones.
    var exact = false

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let dataset = session.dataset
        for id in measures { _ = try session.measure(id) }
        let through = try through.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        let model = try interpreter.uptakeModel(model)
        let engineOptions = SimulationOptions(runs: runs ?? SimulationOptions.defaultRuns, seed: seed ?? 1,
                                              through: through, measures: measures, threads: threads)
        let result: SimulationResult
        do {
            result = try SimulationEngine.run(dataset: dataset, plan: session.plan, model: model, options: engineOptions,
                                              isCancelled: interpreter.settings.isInterrupted, progress: interpreter.simulationProgress)
        } catch {
            if case .interrupted = error { throw .interrupted }
            throw .simulation(error)
        }
        interpreter.session.simulation = SimulationRecord(result: result, plan: session.plan)
        emit(.text(Self.summary(result, language: session.language)))
        // No rate KPI (another data set, or only count measures asked for): no empty rates table.
        for part in SimulationTablePart.sampled where part != .rates || !result.setup.rates.isEmpty {
            emit(.table(result.table(part, districts: dataset.districts, language: session.tableLanguage)))
        }
        if exact {
            let odds = ExactOdds(setup: result.setup)
            emit(.text(Self.exactSummary(odds, language: session.language)))
            emit(.table(odds.table(beside: result, language: session.tableLanguage)))
        }
    }

    /// Two lines: what was simulated, and each KPI's odds in the last year.
    static func summary(_ result: SimulationResult, language: Language) -> String {
        let years = result.years
        let (first, last) = (years[0].text(in: language), years[years.count - 1].text(in: language))
        let span = years.count == 1 ? first : "\(first)–\(last)"
        let measures = result.setup.measures.indices.map { m in
            Message.Whatif.simulatedMeasure(measure: result.setup.measures[m], count: result.setup.candidateCount(measure: m))
        } + result.setup.rates.map { Message.Rates.simulatedMeasure(measure: $0.kpi.measure, date: $0.observedTo.description) }
        var lines = [Message.Whatif.simulated(runs: Table.Cell.integer(result.runs).display, seed: "\(result.seed)", span: span,
                                              measures: MessageList(measures.isEmpty ? [Message.Whatif.simulatedNothing] : measures),
                                              model: result.setup.modelFile).text(in: language)]
        let t = result.lastYearIndex
        let odds = result.kpis.indices.map { k in
            let p = result.probabilityMet(kpi: k, year: t)
            return Message.Whatif.oddsEntry(kpi: result.kpis[k].kpi.id, threshold: "\(result.kpis[k].threshold)",
                                            p: Interpreter.decimal(p), standardError: Interpreter.standardError(result.standardError(p)))
        } + result.setup.rates.indices.compactMap { r -> Message? in
            let rate = result.setup.rates[r], d = result.rateDistribution(rate: r, year: t)
            guard !d.isEmpty else { return nil }
            let p = d.probability(atLeast: rate.target)
            return Message.Whatif.oddsEntry(kpi: rate.kpi.id, threshold: "\(NumberText.shortest(rate.target))%",
                                            p: Interpreter.decimal(p), standardError: Interpreter.standardError(result.standardError(p)))
        }
        if !odds.isEmpty { lines.append(Message.Whatif.meetOdds(year: years[t].short, odds: MessageList(odds)).text(in: language)) }
        return lines.joined(separator: "\n")
    }

    /// Each KPI's exact odds in the last year, then a line a rate KPI: its exact odds too
    /// (its scenarios are equally likely), or why there are none.
    static func exactSummary(_ odds: ExactOdds, language: Language) -> String {
        let t = odds.lastYearIndex
        let each = odds.kpis.indices.map { k in
            Message.Whatif.exactOddsEntry(kpi: odds.kpis[k].kpi.id, threshold: "\(odds.kpis[k].threshold)",
                                          p: Interpreter.decimal(odds.probabilityMet(kpi: k, year: t)))
        }
        let year = odds.years[t].short
        let rates = odds.setup.rates.map { rate in
            let d = rate.exactDistribution(year: t)
            return d.isEmpty ? Message.Rates.exactNone(kpi: rate.kpi.id, year: year)
                : Message.Rates.exactNote(kpi: rate.kpi.id, year: year, p: Interpreter.decimal(d.probability(atLeast: rate.target)),
                                          count: d.values.count)
        }
        return ([Message.Odds.meetOdds(year: year, odds: MessageList(each))] + rates).map { $0.text(in: language) }.joined(separator: "\n")
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension SimulateCommand {
    init(_ args: Arguments) throws(ShellError) {
        measures = args.positionals.map(\.text)
        if let text = args.value("--runs") { runs = try args.whole(text, .runs) }
        if let text = args.value("--seed") { seed = try args.seed(text, .seed) }
        if let text = args.value("--threads") { threads = try args.whole(text, .threads) }
        through = args.value("--through")
        model = args.value("--model")
        exact = args.flag("--exact")
    }
}
