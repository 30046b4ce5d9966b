import MuniPlan

/// `weights [clear|default]`: the need formula in use, after clearing or restoring it.
struct WeightsCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("weights", group: .need,
                                  summary: Message.Help.summaryWeights,
                                  examples: ["weights", "weights clear", "weights default"],
                                  positionals: [PositionalSpec("ACTION", .keyword(["clear", "default"]), optional: true)],
                                  keywords: Message.Help.keywordsWeights, runs: WeightsCommand.self)

    enum Action: Sendable, Equatable { case show, clear, defaults }

    let action: Action

    init(_ action: Action) { self.action = action }

    init(_ arguments: Arguments) throws(ShellError) {
        switch arguments.positional(0) {
        case nil: action = .show
        case "clear": action = .clear
        case "default", "defaults": action = .defaults
        case let other?: throw arguments.usageError(Message.Usage.unknownAction(action: Excerpt.of(other)))
        }
    }

    /// `save` writes `weights clear` before the weights of a plan that changed them.
    var line: String {
        switch action {
        case .show: "weights"
        case .clear: "weights clear"
        case .defaults: "weights default"
        }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        var plan = interpreter.session.plan
        switch action {
        case .show: break
        case .clear: plan.weights = NeedWeights([])
        case .defaults: plan.weights = .defaults
        }
        interpreter.session.commit(plan)
        let weights = interpreter.session.plan.weights
        guard !weights.terms.isEmpty else { return emit(.text(interpreter.text(Message.Edit.needZero))) }
        emit(.table(Self.table(weights, language: interpreter.session.tableLanguage)))
    }

    /// The formula as a table, so `format` and `> FILE` apply: the formula its title, a row
    /// a term (its feature, its weight, what it measures).
    static func table(_ weights: NeedWeights, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        return Table(name: "weights", title: say(Message.Edit.needFormula(formula: sum(weights.terms[...]))),
                     columns: [Table.Column("feature", label: say(Message.Output.columnFeature)),
                               Table.Column("weight", label: say(Message.Edit.columnWeight), alignment: .right),
                               Table.Column("meaning", label: say(Message.Output.columnMeaning))],
                     rows: weights.terms.map { term in
                         Table.Row([.text(term.feature.description), .decimal(term.weight, places: 2), .text(say(term.feature.explanation))])
                     })
    }

    /// How many terms `weight` shows after a change (`weights` shows them all): a script
    /// setting thousands of indicator weights would otherwise print thousands of lines for
    /// each, its output growing with the square of its length.
    static let shownAfterChange = 12

    /// `need = 1.00·village + …`, then a line a feature saying what it measures (`weight`
    /// prints it too, its first `shown` terms).
    static func formula(_ weights: NeedWeights, shown: Int = .max, language: Language) -> String {
        func say(_ message: Message) -> String { message.text(in: language) }
        let terms = weights.terms
        guard !terms.isEmpty else { return say(Message.Edit.needZero) }
        let more = terms.count > shown ? terms.count - shown : 0
        var lines = [say(Message.Edit.needFormula(formula: sum(terms.prefix(shown)))) + (more > 0 ? say(Message.Edit.needMoreTerms(count: more)) : "")]
        for term in terms.prefix(shown) {
            lines.append("  " + DisplayWidth.pad(term.feature.description, to: 22) + say(term.feature.explanation))
        }
        if more > 0 { lines.append(say(Message.Edit.needMoreListed(count: more))) }
        return lines.joined(separator: "\n")
    }

    /// `1.00·small + 0.50·village − 0.25·town`: the terms as a sum.
    static func sum(_ terms: ArraySlice<(feature: NeedFeature, weight: Double)>) -> String {
        terms.map { Table.Cell.decimal($0.weight, places: 2).plain + "·" + $0.feature.description }
            .joined(separator: " + ").replacingOccurrences(of: "+ -", with: "− ")
    }
}
