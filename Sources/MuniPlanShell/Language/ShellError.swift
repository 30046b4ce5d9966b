import MuniPlan

/// Why a command line failed. One line each, with what to do about it.
public enum ShellError: Error, Sendable, CustomStringConvertible {
    case syntax(column: Int, message: String)
    case unknownCommand(String, suggestion: String?)
    case usage(command: String, message: String, usage: String)
    case invalid(String)
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
    case file(String)
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
        case let .syntax(column, message): "syntax error at column \(column): \(message)"
        case let .unknownCommand(name, suggestion):
            // The word may be the start of any line of any file: quote only a little of it.
            "unknown command '\(Excerpt.of(name))'" + (suggestion.map { " — did you mean \($0)?" } ?? " — type help for the list")
        case let .usage(command, message, usage): "\(command): \(message) — usage: \(usage)"
        case let .invalid(message): message
        case let .plan(error): error.description
        case let .resolve(error): error.description
        case let .fiscalYear(error): error.description
        case let .export(error): error.description
        case let .simulation(error): error.description
        case let .indicators(error): error.description
        case let .unknownSimulationPart(word):
            "export simulation takes \(SimulationTablePart.allCases.map(\.rawValue).joined(separator: ", ")), not '\(word)'"
        case let .file(message): message
        case let .expectation(message): "expectation failed: \(message)"
        case .interrupted: "interrupted"
        case let .located(message): message
        case let .keptGoing(file, errors): Message.Shell.keptGoing(count: errors, file: file).text(in: language)
        }
    }
}
