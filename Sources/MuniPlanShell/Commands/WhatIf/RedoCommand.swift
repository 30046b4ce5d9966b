import MuniPlan

/// `redo`: the change `undo` took back, made again.
struct RedoCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("redo", group: .whatIf, summary: Message.Help.summaryRedo,
                                  examples: ["redo"],
                                  keywords: Message.Help.keywordsRedo, runs: RedoCommand.self)

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        guard let next = interpreter.session.redoStack.popLastChange() else { throw .refused(Message.Shell.nothingToRedo) }
        let session = interpreter.session
        interpreter.session.undoStack.append(session.plan, change: next.change)
        interpreter.session.plan = next.plan
        let delta = next.plan.coveredCount - session.plan.coveredCount
        emit(.text(interpreter.text(delta == 0
            ? Message.Whatif.redoneChange(change: next.change)
            : Message.Whatif.redoneChangeBodies(count: abs(delta), change: next.change, delta: Signed(delta)))))
    }
}
