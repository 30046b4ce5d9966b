import MuniPlan

/// `redo`: the change `undo` took back, made again.
struct RedoCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("redo", group: .whatIf, summary: Message.Help.summaryRedo,
                                  examples: ["redo"],
                                  keywords: Message.Help.keywordsRedo, runs: RedoCommand.self)

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        guard let next = interpreter.session.redoStack.popLastChange(from: session.plan) else { throw .refused(Message.Shell.nothingToRedo) }
        interpreter.session.undoStack.append(session.plan, over: next.plan, change: next.change)
        interpreter.session.plan = next.plan
        let delta = next.plan.coveredCount - session.plan.coveredCount
        emit(.text(interpreter.text(delta == 0
            ? Message.Whatif.redoneChange(change: next.change)
            : Message.Whatif.redoneChangeBodies(count: abs(delta), change: next.change, delta: Signed(delta)))))
    }
}
