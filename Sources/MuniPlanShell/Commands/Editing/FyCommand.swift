import MuniPlan

/// `fy [FY|baseline]`: the fiscal year edits apply to, or which one it is.
struct FyCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("fy", group: .editing,
                                  summary: Message.Help.summaryFy,
                                  details: Message.Help.detailsFy,
                                  examples: ["fy R5", "fy 2024", "fy baseline", "fy"],
                                  positionals: [PositionalSpec("FY", .fiscalYear, optional: true, shape: "[FY|baseline]")],
                                  keywords: Message.Help.keywordsFy, runs: FyCommand.self)

    /// As typed; nil only asks which year it is.
    let year: String?

    init(year: String?) { self.year = year }

    init(_ arguments: Arguments) {
        year = arguments.positional(0)
    }

    /// What `save` writes before each year's edits, and last for the year being edited.
    var line: String { year.map { "fy \(Lexer.quote($0))" } ?? "fy" }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        if let year { interpreter.session.year = try interpreter.session.fiscalYear(year) }
        emit(.text(interpreter.text(Message.Edit.editing(year: interpreter.session.dataset.yearLabel(interpreter.session.year)))))
    }
}
