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
            let command = try CommandRegistry.parse(segment.words)
            try execute(command, emit: emit)
            if quitRequested { break }
        }
        return segments.count
    }

    /// Executes one command. The session changes only when it succeeds.
    public func execute(_ command: Command, emit: (Output) -> Void) throws(ShellError) {
        if settings.isInterrupted() { throw .interrupted }
        let before = session
        do {
            try dispatch(command, emit: emit)
        } catch {
            // `run` restores the session itself when a script fails; a `run --keep-going`
            // that met errors (`.located`) keeps what succeeded, as its help says.
            if case .located = error {} else { session = before }
            throw error
        }
    }

    private func dispatch(_ command: Command, emit: (Output) -> Void) throws(ShellError) {
        switch command {
        case let .help(topic): emit(.text(try HelpText.render(topic)))
        case let .bodies(terms): emit(.table(try bodiesTable(terms)))
        case let .show(term): emit(.text(try showBody(term)))
        case .districts: emit(.table(districtsTable()))
        case .items: emit(.table(itemsTable()))
        case .measures: emit(.table(measuresTable()))
        case let .kpi(fy): emit(.table(try kpiTable(fy: fy)))
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
        case let .allocate(options): try allocate(options, emit: emit)
        case let .explain(measure, body): try explain(measure, body, emit: emit)
        case .undo: emit(.text(try undo()))
        case .redo: emit(.text(try redo()))
        case .reset: emit(.text(reset()))
        case let .snapshot(name): emit(.text(try snapshot(name)))
        case .snapshots: emit(.table(snapshotsTable()))
        case let .diff(a, b): try diff(a, b, emit: emit)
        case let .format(format):
            // Setting is silent: `format csv; bodies` must print nothing but the CSV.
            if let format { session.format = format } else { emit(.text("format \(session.format.rawValue)")) }
        case let .run(file, keepGoing): try runFile(file, keepGoing: keepGoing, emit: emit)
        case let .save(file, force): emit(.text(try save(file, force: force)))
        case let .expect(expectation): emit(.text(try check(expectation)))
        case let .coverage(options): emit(.table(try coverageTable(options)))
        case let .export(request): emit(.text(try export(request)))
        case let .report(request): emit(.text(try report(request)))
        case let .simulate(options): try simulate(options, emit: emit)
        case .quit: quitRequested = true
        }
    }

    /// The prompt: `muniplan R4> `, with `*` when the plan has unsaved changes.
    public var prompt: String {
        "muniplan \(session.yearLabel)\(session.hasUnsavedChanges ? "*" : "")> "
    }
}
