import MuniPlan

/// `weight FEATURE W`: one feature's weight in the need score.
struct WeightCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("weight", group: .need,
                                  summary: Message.Help.summaryWeight,
                                  details: Message.Help.detailsWeight,
                                  examples: ["weight village 1", "weight uncovered:advisor 2", "weight distance 0"],
                                  positionals: [PositionalSpec("FEATURE", .feature), PositionalSpec("W", .number(.weight))],
                                  keywords: Message.Help.keywordsWeight, runs: WeightCommand.self)

    /// As typed; resolved when run (an imported indicator may be named).
    let feature: String
    let value: Double

    init(feature: String, value: Double) {
        self.feature = feature
        self.value = value
    }

    init(_ arguments: Arguments) throws(ShellError) {
        feature = arguments.positionals[0].text
        value = try arguments.decimal(arguments.positionals[1].text, .weight)
    }

    /// What `save` writes for each weight of the plan.
    var line: String { "weight \(Lexer.quote(feature)) \(NumberText.shortest(value))" }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let need: NeedFeature
        do { need = try NeedFeature.parse(feature, dataset: session.dataset, plan: session.plan) } catch { throw .plan(error) }
        var plan = session.plan
        plan.weights.set(need, value)
        interpreter.session.commit(plan)
        emit(.text(WeightsCommand.formula(interpreter.session.plan.weights, shown: WeightsCommand.shownAfterChange,
                                                 language: interpreter.session.language)))
    }
}
