import MuniPlan

/// `capacity MEASURE [N|default]`: how many bodies a measure may cover a year.
struct CapacityCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("capacity", group: .editing,
                                  summary: Message.Help.summaryCapacity,
                                  examples: ["capacity advisor 25", "capacity advisor default", "capacity advisor"],
                                  positionals: [PositionalSpec("MEASURE", .measure), PositionalSpec("N", .number(.capacity), optional: true, shape: "[N|default]")],
                                  keywords: Message.Help.keywordsCapacity, runs: CapacityCommand.self)

    enum Change: Sendable, Equatable {
        case set(Int)
        /// Back to the measure's own capacity, from the data (if it has one).
        case reset
    }

    let measure: String
    /// nil only shows the capacity.
    let change: Change?

    init(measure: String, change: Change?) {
        self.measure = measure
        self.change = change
    }

    init(_ arguments: Arguments) throws(ShellError) {
        measure = arguments.positionals[0].text
        switch arguments.positional(1) {
        case nil: change = nil
        case "default": change = .reset
        case let word?: change = .set(try arguments.whole(word, .capacity))
        }
    }

    /// What `save` writes for each capacity the plan sets.
    var line: String {
        let head = "capacity \(Lexer.quote(measure))"
        switch change {
        case nil: return head
        case .reset: return head + " default"
        case let .set(n)?: return head + " \(n)"
        }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let measure = try session.measure(self.measure)
        if let change {
            let value: Int? = if case let .set(n) = change { n } else { nil }
            do {
                interpreter.session.commit(try session.plan.withCapacity(value, measure: self.measure, dataset: session.dataset))
            } catch { throw .plan(error) }
        }
        let current = interpreter.session.plan.capacity(of: measure)
        let limit = current.map { Message.Edit.capacityAtMost(measure: self.measure, limit: $0) } ?? Message.Edit.capacityNone(measure: self.measure)
        let source = measure.defaultCapacity.map { Message.Edit.capacitySource(limit: $0) } ?? KPITarget.notCap(measure.id, plan: interpreter.session.plan, in: session.dataset)
        emit(.text(interpreter.text(limit) + (source.map { interpreter.text($0) } ?? "")))
    }
}
