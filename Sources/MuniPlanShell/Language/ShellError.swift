import MuniPlan

/// Why a command line failed. One line each, with what to do about it.
public enum ShellError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the line (`Lexer.Failure.message`; any text in tests).
    case syntax(column: Int, message: any MessageArgument)
    case unknownCommand(String, suggestion: String?)
    /// `message`: what is wrong, a catalogue sentence; `usage` the generated usage line, the
    /// same in any language.
    case usage(command: String, message: Message, usage: String)
    /// A command that cannot do what was asked, saying why (a catalogue sentence).
    case refused(Message)
    case plan(PlanError)
    case resolve(ResolveError)
    case fiscalYear(FiscalYearError)
    case export(ExportError)
    case simulation(SimulationError)
    case indicators(IndicatorError)
    /// `export simulation PART` with a word that names no table.
    case unknownSimulationPart(String)
    /// A file a command names could not be read or written.
    case fileAccess(FileAccessError)
    case fileWrite(FileWriteError)
    /// A data file (an uptake model, the boundaries, a scenario that is not text): every
    /// problem, each located, on one line.
    case data(DataError)
    /// An `expect` that did not hold: expected and actual.
    case expectation(String)
    case interrupted
    /// A failure inside a scenario, already located (`a.plan:3: in b.plan:7: …`).
    case located(String)
    /// `run FILE --keep-going` went on past errors (each already reported): the plan keeps
    /// what succeeded, and the summary is located at the `run` line.
    case keptGoing(file: String, errors: Int)

    /// One line, drawn as it reads: control characters typed into a command (a tab, a
    /// newline from a quoted continuation, an escape sequence) and bidirectional overrides
    /// are shown escaped (`\t`, `\x1b`, `\u{202E}`), so every error stays a single
    /// located line and cannot act on the terminal.
    public var description: String { text(in: .english) }

    /// The one line a person reads, in their language.
    public func text(in language: Language) -> String { VisibleText.escaping(message(in: language)) }

    func message(in language: Language) -> String {
        switch self {
        case let .refused(message): message.text(in: language)
        case let .syntax(column, message): Message.Shell.syntaxError(column: column, problem: message).text(in: language)
        case let .unknownCommand(name, suggestion):
            // The word may be the start of any line of any file: quote only a little of it.
            if let suggestion {
                Message.Shell.unknownCommandSuggestion(name: Excerpt.of(name), suggestion: suggestion).text(in: language)
            } else {
                Message.Shell.unknownCommand(name: Excerpt.of(name)).text(in: language)
            }
        case let .usage(command, message, usage): Message.Shell.usageError(command: command, problem: message, usage: usage).text(in: language)
        case let .plan(error): error.message.text(in: language)
        case let .resolve(error): error.message.text(in: language)
        case let .fiscalYear(error): error.message.text(in: language)
        case let .export(error): error.message.text(in: language)
        case let .simulation(error): error.message.text(in: language)
        case let .indicators(error): error.message.text(in: language)
        case let .unknownSimulationPart(word):
            Message.Shell.unknownSimulationPart(parts: MessageList(SimulationTablePart.allCases.map(\.rawValue)), word: word)
                .text(in: language)
        case let .fileAccess(error): error.message.text(in: language)
        case let .fileWrite(error): error.message.text(in: language)
        case let .data(error):
            error.issues.map { $0.located(as: $0.file, in: language) }.joined(separator: language == .japanese ? "；" : "; ")
        case let .expectation(message): Message.Shell.expectationFailed(detail: message).text(in: language)
        case .interrupted: Message.Shell.interrupted.text(in: language)
        case let .located(message): message
        case let .keptGoing(file, errors): Message.Shell.keptGoing(count: errors, file: file).text(in: language)
        }
    }
}
