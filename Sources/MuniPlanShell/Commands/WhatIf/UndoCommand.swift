import MuniPlan

/// `undo`: the plan as it was before the last change.
struct UndoCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("undo", group: .whatIf,
                                  summary: Message.Help.summaryUndo,
                                  examples: ["undo"],
                                  keywords: Message.Help.keywordsUndo, runs: UndoCommand.self)

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        guard let previous = interpreter.session.undoStack.popLast() else { throw .refused(Message.Shell.nothingToUndo) }
        interpreter.session.redoStack.append(interpreter.session.plan)
        interpreter.session.plan = previous
        emit(.text(interpreter.text(Message.Whatif.undone(remaining: interpreter.session.undoStack.count))))
    }
}
