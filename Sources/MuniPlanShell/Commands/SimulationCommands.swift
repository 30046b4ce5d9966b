import MuniPlan

/// What `simulate` was asked, as typed; the engine's options are built at execution.
public struct SimulateOptions: Sendable, Equatable {
    public var runs: Int?
    public var seed: UInt64?
    public var through: String?
    public var measures: [String] = []
    /// Worker threads (the numbers do not depend on it); nil: one per core.
    public var threads: Int?
    /// Another uptake model than the data directory's uptake.toml.
    public var model: String?

    public init() {}
}

/// `simulate`.
enum SimulationCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("simulate", group: .whatIf,
                    usage: "simulate [--runs N] [--seed S] [--through FY] [MEASURE…] [--threads N] [--model FILE]",
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
                              OptionSpec("--seed", .number(.seed), help: "the random seed (default 1)"),
                              OptionSpec("--through", .fiscalYear, help: "the last fiscal year simulated"),
                              OptionSpec("--threads", .number(.threads), help: "worker threads (default: one per core)"),
                              OptionSpec("--model", .file, help: "an uptake model file instead of the data's uptake.toml (from a scenario: one it may read)")],
                    build: parseSimulate),
    ]

    @Sendable static func parseSimulate(_ args: Arguments) throws(ShellError) -> Command {
        var options = SimulateOptions()
        options.measures = args.positionals.map(\.text)
        if let text = args.value("--runs") { options.runs = try args.whole(text, .runs) }
        if let text = args.value("--seed") { options.seed = try args.seed(text, .seed) }
        if let text = args.value("--threads") { options.threads = try args.whole(text, .threads) }
        options.through = args.value("--through")
        options.model = args.value("--model")
        return .simulate(options)
    }
}
