import MuniPlan

/// Executes commands against a session. Never prints: outputs go to `emit`, failures are
/// thrown. A failing command leaves the session as it was.
public final class Interpreter {
    public internal(set) var session: Session
    public var settings: SessionSettings
    /// Files being run, outermost first: for cycle detection and relative paths.
    var runStack: [RunFrame] = []
    /// Expectations that failed in this session (scripts exit 1 when any did).
    public internal(set) var failedExpectations = 0
    /// Set by `quit`.
    public internal(set) var quitRequested = false
    /// Where `simulate` reports progress (the executable draws a bar on stderr); nil: silent.
    public var simulationProgress: (@Sendable (SimulationProgress) -> Void)?
    /// The terminal's columns that help and tables fit (the executable sets it); nil: a
    /// file or a pipe, never wrapped.
    public var outputWidth: Int?
    /// How many commands are running, one inside another (`run`, then the file's commands):
    /// quiet drops only what the innermost one shows.
    var commandDepth = 0
    /// Set while a command's outputs go to a file (`>`, `>>`): quiet never empties the file.
    var redirecting = false
    /// Called before a command that is not quick (`ShellCommand.isQuick`) runs: the
    /// executable writes out what it holds of standard output, so that it shows before a
    /// long wait.
    public var beforeLongCommand: (() -> Void)?
    static let maxRunDepth = 16

    public init(session: Session, settings: SessionSettings) {
        self.session = session
        self.settings = settings
    }

    /// Lexes, parses and executes one logical line. Returns the outputs in order.
    @discardableResult
    public func execute(line: String, emit: (Output) -> Void) throws(ShellError) -> Int {
        let segments: [Lexer.Segment]
        do { segments = try Lexer.segments(line) } catch { throw .syntax(column: error.column, message: error.message) }
        for segment in segments {
            try execute(segment, emit: emit)
            if quitRequested { break }
        }
        return segments.count
    }

    /// Parses and executes one command of a line; its words name the change for undo.
    func execute(_ segment: Lexer.Segment, emit: (Output) -> Void) throws(ShellError) {
        let (words, redirection) = try Redirection.split(segment.words)
        // A name to show, not the command: an `assign` of thousands of codes is not kept whole.
        session.change = UndoName(words)
        let command = try CommandRegistry.parse(words, measureID: session.dataset.measureID(for:))
        if let redirection { return try execute(command, redirectedTo: redirection, emit: emit) }
        try execute(command, emit: emit)
    }

    /// Executes one command. The session changes only when it succeeds.
    public func execute(_ command: any ShellCommand, emit: (Output) -> Void) throws(ShellError) {
        if settings.isInterrupted() { throw .interrupted }
        if !command.isQuick { beforeLongCommand?() }
        // Only a command that may fail after changing the session needs it copied to put back.
        let before = command.changesOnlyOnSuccess ? nil : session
        commandDepth += 1
        defer { commandDepth -= 1 }
        let depth = commandDepth
        do {
            if settings.quiet, !redirecting, !(command is ExpectCommand) {
                // Quiet: what a command shows is dropped; expect's verdicts and notices stay.
                // What a command run inside this one (a `run`'s) shows was filtered there.
                try command.run(in: self) { output in
                    if case .notice = output { emit(output) } else if commandDepth > depth { emit(output) }
                }
            } else {
                try command.run(in: self, emit: emit)
            }
        } catch {
            // `run` restores the session itself when a script fails; a `run --keep-going`
            // that met errors keeps what succeeded, as its help says.
            switch error {
            case .located, .keptGoing: break
            default: if let before { session = before }
            }
            throw error
        }
    }

    /// The prompt: `muniplan R4> `, with `*` when the plan has unsaved changes.
    public var prompt: String {
        "muniplan \(session.yearLabel)\(session.hasUnsavedChanges ? "*" : "")> "
    }
}

extension Interpreter {
    /// A catalogue sentence in the session's language: what commands emit.
    func text(_ message: Message) -> String { message.text(in: session.language) }
}
