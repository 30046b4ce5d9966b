import MuniPlan

/// The command values of `Command`, run by the interpreter's methods: the shape every
/// command had before `ShellCommand`. Each command moved to a type of its own leaves this
/// switch; when it is empty, `Command` goes.
extension Command: RunnableCommand {
    public func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        try interpreter.dispatch(self, emit: emit)
    }
}

extension Interpreter {
    /// The commands not yet in a type of their own (issue 12 moves each to one).
    func dispatch(_ command: Command, emit: (Output) -> Void) throws(ShellError) {
        switch command {
        case let .fy(text): emit(.text(try setYear(text)))
        case let .assign(measure, bodies): emit(.text(try assign(measure, bodies)))
        case let .unassign(measure, bodies): emit(.text(try unassign(measure, bodies)))
        case let .capacity(measure, change): emit(.text(try capacity(measure, change)))
        case let .set(kpi, value): emit(.text(try setValue(kpi, value)))
        case let .weight(feature, value): emit(.text(try weight(feature, value)))
        case let .weights(action): emit(.text(weights(action)))
        case let .indicatorsLoad(file): emit(.text(try loadIndicators(file)))
        case let .indicatorsSet(name, values): emit(.text(try setIndicator(name, values)))
        case .indicators: emit(.table(indicatorsTable()))
        case .reset: emit(.text(reset()))
        case let .snapshot(name): emit(.text(snapshot(name)))
        case .snapshots: emit(.table(snapshotsTable()))
        case let .diff(a, b): try diff(a, b, emit: emit)
        }
    }
}
