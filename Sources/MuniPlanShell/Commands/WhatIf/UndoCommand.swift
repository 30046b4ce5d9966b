import MuniPlan

/// `undo`: the plan as it was before the last change.
struct UndoCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("undo", group: .whatIf,
                                  summary: Message.Help.summaryUndo,
                                  examples: ["undo"],
                                  keywords: Message.Help.keywordsUndo, runs: UndoCommand.self)

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        guard let previous = interpreter.session.undoStack.popLastChange(from: session.plan) else { throw .refused(Message.Shell.nothingToUndo) }
        interpreter.session.redoStack.append(session.plan, over: previous.plan, change: previous.change)
        interpreter.session.plan = previous.plan
        let remaining = interpreter.session.undoStack.count
        let delta = previous.plan.coveredCount - session.plan.coveredCount
        emit(.text(interpreter.text(delta == 0
            ? Message.Whatif.undoneChange(change: previous.change, remaining: remaining)
            : Message.Whatif.undoneChangeBodies(count: abs(delta), change: previous.change, delta: Signed(delta), remaining: remaining))))
    }
}
