/// `run`, `save`, `expect`.
enum ScenarioCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("run", group: .scenarios, usage: "run FILE [--keep-going]",
                    summary: "run a scenario file's commands; on an error the plan returns to what it was",
                    details: """
                    Errors are reported as FILE:LINE (with the chain when files run files). Paths inside
                    a scenario resolve from the scenario's own folder. Files may nest 16 deep; a file
                    that runs itself is refused. From a scenario, only files under the working directory
                    (or --allow-write/--allow-read DIR) may be run; a file that is not UTF-8 text is refused.
                    """,
                    examples: ["run scenarios/fy2022-plan.plan", "run what-if.plan --keep-going"],
                    positionals: [PositionalSpec("FILE", .file)],
                    options: [OptionSpec("--keep-going", help: "report every error and go on")]) { args throws(ShellError) in
            .run(file: args.positionals[0].text, keepGoing: args.flag("--keep-going"))
        },
        CommandSpec("save", group: .scenarios, usage: "save FILE [--force]",
                    summary: "write the plan as a scenario that rebuilds it in a fresh session",
                    examples: ["save my-plan.plan", "save my-plan.plan --force"],
                    positionals: [PositionalSpec("FILE", .file)],
                    options: [OptionSpec("--force", help: "overwrite an existing file")]) { args throws(ShellError) in
            .save(file: args.positionals[0].text, force: args.flag("--force"))
        },
        CommandSpec("expect", group: .scenarios,
                    usage: "expect kpi KPI met|short|over | expect kpi KPI OP N | expect covered|not-covered MEASURE BODY… | expect count SELECTOR… OP N | expect probability KPI [TARGET] OP P",
                    summary: "assert something about the plan; a failing expect prints expected and actual",
                    details: """
                    OP is one of >= <= == != > <. KPI is a KPI id or a measure id (ict-grant checks both
                    41 and 42). `expect covered security-cloud all` means every eligible body. --fy FY
                    checks another year; --cumulative counts every year through it. `expect probability`
                    checks the last simulate: P(count ≥ TARGET, default the KPI's) in the KPI's year OP P.
                    """,
                    examples: [
                        "expect kpi advisor met", "expect kpi ict-grant >= 41",
                        "expect covered security-cloud all", "expect not-covered advisor 福島市",
                        "expect count covered:advisor district:会津 >= 2",
                        "expect probability ict-grant 42 >= 0.8",
                    ],
                    positionals: [PositionalSpec("WHAT", .keyword(["kpi", "covered", "not-covered", "count", "probability"])),
                                  PositionalSpec("ARG", .text, repeating: true)],
                    options: [OptionSpec("--fy", .fiscalYear, help: "the fiscal year to check"),
                              OptionSpec("--cumulative", help: "coverage through the year, not in it")],
                    numbers: [.expectedValue, .expectedCount, .probabilityTarget, .probability],
                    build: parseExpect),
    ]

    @Sendable static func parseExpect(_ args: Arguments) throws(ShellError) -> Command {
        let words = args.positionals.map(\.text)
        let fy = args.value("--fy")
        let cumulative = args.flag("--cumulative")
        switch words[0] {
        case "kpi":
            guard words.count >= 3 else { throw args.usageError("expect kpi needs a KPI and a state or comparison") }
            if words.count == 3, let state = Expectation.KPIState(rawValue: words[2]) {
                return .expect(.kpiState(kpi: words[1], state: state, fy: fy))
            }
            guard words.count == 4, let comparison = Comparison(word: words[2]) else {
                throw args.usageError("expected met, short, over or OP N after the KPI")
            }
            return .expect(.kpiValue(kpi: words[1], comparison: comparison, value: try args.decimal(words[3], .expectedValue), fy: fy))
        case "covered", "not-covered":
            guard words.count >= 3 else { throw args.usageError("expect \(words[0]) needs a measure and bodies") }
            let bodies = Array(words.dropFirst(2))
            return words[0] == "covered"
                ? .expect(.covered(measure: words[1], bodies: bodies, fy: fy, cumulative: cumulative))
                : .expect(.notCovered(measure: words[1], bodies: bodies, fy: fy, cumulative: cumulative))
        case "count":
            guard words.count >= 4, let comparison = Comparison(word: words[words.count - 2]) else {
                throw args.usageError("expect count needs selectors, an operator and a number")
            }
            let n = try args.whole(words[words.count - 1], .expectedCount)
            return .expect(.count(selectors: Array(words[1..<(words.count - 2)]), comparison: comparison, value: n, fy: fy))
        case "probability":
            return .expect(try SimulationCommands.parseProbability(Array(words.dropFirst()), args: args, fy: fy))
        default:
            throw args.usageError("unknown expectation '\(words[0])'")
        }
    }
}
