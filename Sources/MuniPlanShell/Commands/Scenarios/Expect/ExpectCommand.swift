import MuniPlan

/// `expect …`: an assertion about the plan. One that does not hold throws `.expectation`
/// with expected and actual; a script counts it and goes on (unless --bail).
struct ExpectCommand: ShellCommand, Equatable {
    /// The forms of the words after `expect`, for its usage line; --fy and --cumulative follow any of them.
    static let forms = "(kpi KPI met|short|over | kpi KPI OP N | covered|not-covered MEASURE BODY… | count SELECTOR… OP N"
        + " | probability KPI [TARGET] OP P | forecast MEASURE [BODY…] OP N)"
    static let spec = CommandSpec("expect", group: .scenarios,
                                  summary: Message.Help.summaryExpect,
                                  details: Message.Help.detailsExpect,
                                  examples: [
                                      "expect kpi advisor met", "expect kpi ict-grant >= 41",
                                      "expect covered security-cloud all", "expect not-covered advisor 福島市",
                                      "expect count covered:advisor district:会津 >= 2",
                                      "expect probability ict-grant 42 >= 0.8", "expect probability ict-grant 42 >= 0.8 --exact",
                                      "expect forecast mynumber >= 60 --at 2023-03-31 --probability 0.8",
                                  ],
                                  positionals: [PositionalSpec("WHAT", .keyword(["kpi", "covered", "not-covered", "count", "probability", "forecast"]),
                                                               shape: Self.forms),
                                                PositionalSpec("ARG", .text, repeating: true, shape: "")],
                                  options: [OptionSpec("--fy", .fiscalYear, help: Message.Help.optionExpectFy),
                                            OptionSpec("--cumulative", help: Message.Help.optionExpectCumulative),
                                            OptionSpec("--exact", help: Message.Odds.optionExpectExact),
                                            OptionSpec("--at", .text, placeholder: "DATE", help: Message.Series.optionExpectAt),
                                            OptionSpec("--probability", .number(.probability), placeholder: "P", help: Message.Series.optionExpectProbability),
                                            OptionSpec("--seed", .number(.seed), placeholder: "S", help: Message.Series.optionForecastSeed)],
                                  numbers: [.expectedValue, .expectedCount, .probabilityTarget, .probability],
                                  keywords: Message.Help.keywordsExpect, runs: ExpectCommand.self)

    let expectation: Expectation

    init(expectation: Expectation) { self.expectation = expectation }

    init(_ arguments: Arguments) throws(ShellError) { expectation = try Self.parse(arguments) }

    /// Checks of the plan are; odds and forecasts are worked out, which takes time.
    var isQuick: Bool {
        switch expectation {
        case .probability, .forecast: false
        default: true
        }
    }

    /// Checks of the plan only read it; odds and forecasts keep what they worked out.
    var changesOnlyOnSuccess: Bool {
        switch expectation {
        case .probability, .forecast: false
        default: true
        }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.text(try check(in: interpreter)))
    }

    /// The expectation the words state; a malformed one is a usage error, not a failed expect.
    static func parse(_ args: Arguments) throws(ShellError) -> Expectation {
        let words = args.positionals.map(\.text)
        let fy = args.value("--fy")
        let cumulative = args.flag("--cumulative")
        switch words[0] {
        case "kpi":
            guard words.count >= 3 else { throw args.usageError(Message.Usage.expectKpiWords) }
            if words.count == 3, let state = Expectation.KPIState(rawValue: words[2]) {
                return .kpiState(kpi: words[1], state: state, fy: fy)
            }
            guard words.count == 4, let comparison = Comparison(word: words[2]) else {
                throw args.usageError(Message.Usage.expectKpiState)
            }
            return .kpiValue(kpi: words[1], comparison: comparison, value: try args.decimal(words[3], .expectedValue), fy: fy)
        case "covered", "not-covered":
            guard words.count >= 3 else { throw args.usageError(Message.Usage.expectCoverageWords(check: words[0])) }
            let bodies = Array(words.dropFirst(2))
            return words[0] == "covered"
                ? .covered(measure: words[1], bodies: bodies, fy: fy, cumulative: cumulative)
                : .notCovered(measure: words[1], bodies: bodies, fy: fy, cumulative: cumulative)
        case "count":
            guard words.count >= 4, let comparison = Comparison(word: words[words.count - 2]) else {
                throw args.usageError(Message.Usage.expectCountWords)
            }
            let n = try args.whole(words[words.count - 1], .expectedCount)
            return .count(selectors: Array(words[1..<(words.count - 2)]), comparison: comparison, value: n, fy: fy)
        case "probability":
            return try parseProbability(Array(words.dropFirst()), args: args, fy: fy, exact: args.flag("--exact"))
        case "forecast":
            return try parseForecast(Array(words.dropFirst()), args: args)
        default:
            throw args.usageError(Message.Usage.unknownExpectation(word: Excerpt.of(words[0])))
        }
    }
}
