import MuniPlan

/// `simulate [--runs N] [--seed S] [--through FY] [MEASURE…] …`: Monte Carlo of uptake for
/// the plan; the result is kept for `expect probability` and `export simulation`.
struct SimulateCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("simulate", group: .whatIf,
                    summary: "Monte Carlo of uptake: how likely the supported bodies really adopt and the KPIs are met",
                    details: """
                    The plan says who gets support; the uptake model (Data/uptake.toml, every number an
                    assumption) says how likely each supported body is to adopt in a year: a base chance
                    times multipliers for the support it has had (advisor, grant, both), its kind and size.
                    Adoption persists; baseline coverage counts as adopted. Runs cover the plan's years from
                    the first through FY (default: the plan's last year or the KPIs' year).
                    Prints, for each KPI counting adopters and each year, the mean and 5th/50th/95th
                    percentiles of the count and P(meet) with its standard error √(p(1−p)/N); the bodies the
                    odds hang on; expected adopters by district; each body's yearly chance and P(adopted).
                    The same seed gives the same numbers whatever --threads (default: every core). Ctrl-C
                    stops it and leaves the session as it was. Then: expect probability …, export simulation.
                    """,
                    examples: ["simulate", "simulate --runs 100000 --seed 1", "simulate --through FY2025 ict-grant",
                               "simulate --model my-uptake.toml --runs 20000"],
                    positionals: [PositionalSpec("MEASURE", .measure, optional: true, repeating: true)],
                    options: [OptionSpec("--runs", .number(.runs), help: "how many runs (default \(SimulationOptions.defaultRuns))"),
                              OptionSpec("--seed", .number(.seed), placeholder: "S", help: "the random seed (default 1)"),
                              OptionSpec("--through", .fiscalYear, help: "the last fiscal year simulated"),
                              OptionSpec("--threads", .number(.threads), help: "worker threads (default: one per core)"),
                              OptionSpec("--model", .file, help: "an uptake model file instead of the data's uptake.toml (from a scenario: one it may read)")],
                    runs: SimulateCommand.self)

    /// What was typed; the engine's options (with their defaults) are built when it runs.
    var runs: Int?
    var seed: UInt64?
    var through: String?
    var measures: [String] = []
    /// Worker threads (the numbers do not depend on it); nil: one per core.
    var threads: Int?
    /// Another uptake model than the data directory's uptake.toml.
    var model: String?

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
        emit(.text(Self.summary(result)))
        for part in SimulationTablePart.allCases { emit(.table(result.table(part, districts: dataset.districts, language: interpreter.session.language))) }
    }

    /// Two lines: what was simulated, and each KPI's odds in the last year.
    static func summary(_ result: SimulationResult) -> String {
        let years = result.years
        let span = years.count == 1 ? years[0].description : "\(years[0].description)–\(years[years.count - 1].description)"
        let measures = result.setup.measures.indices.map { m in
            "\(result.setup.measures[m]) (\(result.setup.candidateCount(measure: m)) supported)"
        }
        var lines = ["simulated \(Table.Cell.integer(result.runs).display) runs, seed \(result.seed), \(span): "
                     + (measures.isEmpty ? "no measures" : measures.joined(separator: ", "))
                     + " — uptake rates from \(result.setup.modelFile) are assumptions"]
        let t = result.lastYearIndex
        let odds = result.kpis.indices.map { k in
            let p = result.probabilityMet(kpi: k, year: t)
            return "\(result.kpis[k].kpi.id) ≥ \(result.kpis[k].threshold): "
                + "\(Interpreter.decimal(p)) ± \(Interpreter.decimal(result.standardError(p)))"
        }
        if !odds.isEmpty { lines.append("P(meet) by \(years[t].token): " + odds.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
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
    }
}
