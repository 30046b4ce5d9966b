import MuniPlan

/// `redo`: the change `undo` took back, made again.
struct RedoCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("redo", group: .whatIf, summary: Message.Help.summaryRedo,
                                  examples: ["redo"],
                                  keywords: Message.Help.keywordsRedo, runs: RedoCommand.self)

    init(_ arguments: Arguments) {}

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        guard let next = interpreter.session.redoStack.popLast() else { throw .refused(Message.Shell.nothingToRedo) }
        interpreter.session.undoStack.append(interpreter.session.plan)
        interpreter.session.plan = next
        emit(.text(interpreter.text(Message.Whatif.redone)))
    }
}
