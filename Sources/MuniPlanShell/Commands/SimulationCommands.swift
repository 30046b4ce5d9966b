import MuniPlan

/// `simulate` (a type of its own), and the words of `expect probability`.
enum SimulationCommands {
    static let specs: [CommandSpec] = [
        SimulateCommand.spec,
    ]
}

extension SimulationCommands {
    /// `expect probability KPI [TARGET] OP P`: P may be written 0.8 or 80%.
    static func parseProbability(_ words: [String], args: Arguments, fy: String?) throws(ShellError) -> Expectation {
        guard words.count == 3 || words.count == 4, let comparison = Comparison(word: words[words.count - 2]) else {
            throw args.usageError("expect probability needs a KPI, an optional target count, an operator and a probability")
        }
        let target = words.count == 4 ? try args.decimal(words[1], .probabilityTarget) : nil
        let p = try args.decimal(words[words.count - 1], .probability)
        return .probability(kpi: words[0], target: target, comparison: comparison, value: p, fy: fy)
    }
}
