import Foundation
import MuniPlan

/// A file (or stdin, or `-c`) being run, and the line it is on: errors name the chain.
struct RunFrame {
    /// Absolute path, or nil for stdin and `-c` (paths then resolve from the working directory).
    let path: String?
    /// As messages show it: the path as given, `<stdin>`, `-c`.
    let name: String
    var line: Int = 0
}

/// What running a script came to.
public struct ScriptOutcome: Sendable, Equatable {
    /// Located error messages (one unless --keep-going).
    public var errors: [String] = []
    /// Located messages of expectations that did not hold.
    public var failedExpectations: [String] = []
    public var interrupted = false
    /// Where Ctrl-C stopped the run (`a.plan:3`, `-c:2`), when it did.
    public var interruptedAt: String?
    public init() {}

    public var succeeded: Bool { errors.isEmpty && failedExpectations.isEmpty && !interrupted }
}

extension Interpreter {
    /// `a.plan:3: in b.plan:7` (`a.plan:3 → b.plan:7`): where the innermost running line is.
    var location: String {
        let places = runStack.map { "\($0.name):\($0.line)" }
        return places.dropFirst().reduce(places.first ?? "") { Message.Location.within(outer: $0, inner: $1).text(in: session.language) }
    }

    /// Runs a script's lines: continuation lines joined, `;` separating commands, `#`
    /// comments. Stops at the first error unless `keepGoing`; failed expectations are
    /// reported and counted, and stop the run only with `bail`. `numberCommands` numbers
    /// commands instead of lines (for `-c`). `stoppedEarly` says, once the lines end, that
    /// they ended before the input did (standard input after Ctrl-C, bytes that are not
    /// UTF-8, a line too long): a command continued onto a line never read is then not run.
    /// Does not roll back: callers decide.
    public func runScript(_ lines: some Sequence<String>, name: String, path: String?, keepGoing: Bool, bail: Bool,
                          numberCommands: Bool = false, stoppedEarly: () -> Bool = { false },
                          emit: (Output) -> Void, report: (String) -> Void) -> ScriptOutcome {
        var outcome = ScriptOutcome()
        runStack.append(RunFrame(path: path, name: name))
        defer { runStack.removeLast() }
        var assembler = LineAssembler()
        var commandNumber = 0
        func perform(_ text: String, line: Int) -> Bool {
            let segments: [Lexer.Segment]
            runStack[runStack.count - 1].line = line
            do {
                segments = try Lexer.segments(text)
            } catch {
                return fail(.syntax(column: error.column, message: error.message))
            }
            for segment in segments {
                commandNumber += 1
                if numberCommands { runStack[runStack.count - 1].line = commandNumber }
                if settings.isInterrupted() {
                    outcome.interrupted = true
                    outcome.interruptedAt = location
                    return false
                }
                do {
                    try execute(segment, emit: emit)
                } catch let error {
                    if !fail(error) { return false }
                }
                if quitRequested { return false }
            }
            return true
        }
        func fail(_ error: ShellError) -> Bool {
            let message: String
            if case let .located(located) = error { message = located } else { message = "\(location): \(error.text(in: session.language))" }
            if case .interrupted = error {
                outcome.interrupted = true
                outcome.interruptedAt = location
                return false
            }
            if case .expectation = error {
                outcome.failedExpectations.append(message)
                report(message)
                return !bail
            }
            outcome.errors.append(message)
            if keepGoing { report(message) }
            return keepGoing
        }
        func refuse(_ error: LineAssembler.TooLong) -> Bool {
            runStack[runStack.count - 1].line = error.line
            return fail(.refused(error.message))
        }
        var number = 0
        for raw in lines {
            number += 1
            do throws(LineAssembler.TooLong) {
                guard let (text, line) = try assembler.feed(raw, number: number) else { continue }
                if !perform(text, line: line) { return outcome }
            } catch {
                if !refuse(error) { return outcome }
            }
        }
        guard !stoppedEarly() else { return outcome }
        do throws(LineAssembler.TooLong) {
            if let (text, line) = try assembler.finish() { _ = perform(text, line: line) }
        } catch {
            _ = refuse(error)
        }
        return outcome
    }

    /// `run FILE`: runs a scenario in this session; on an error (or Ctrl-C) the session
    /// returns to what it was before, and the error carries the chain of locations.
    func runFile(_ file: String, keepGoing: Bool, encoding: TextEncoding? = nil, emit: (Output) -> Void) throws(ShellError) {
        let path = resolvePath(file)
        let contents: FileContents
        do { contents = try readFile(file, limit: InputLimits.scenarioFile) } catch { throw Self.scriptError(error, shownAs: file) }
        // The same file by device and inode: names may differ (links, `..`) and still be it.
        if runStack.contains(where: { $0.path.flatMap(FileIdentity.init(path:)) == contents.identity }) {
            let chain = (runStack.compactMap(\.path) + [path]).map(PathBytes.lastComponent)
            throw .refused(Message.Shell.runsItself(file: file, chain: chain.joined(separator: " → ")))
        }
        if runStack.filter({ $0.path != nil }).count >= Self.maxRunDepth {
            throw .refused(Message.Shell.nestedTooDeep(depth: Self.maxRunDepth))
        }
        let text = try Self.scriptText(contents.bytes, shownAs: file, encoding: encoding)
        let before = session
        let change = session.change
        let name = runStack.isEmpty ? file : PathBytes.lastComponent(path)
        var notices: [String] = []
        let outcome = runScript(ScriptLines.split(text), name: name, path: path, keepGoing: keepGoing,
                                bail: settings.bail, emit: emit, report: { notices.append($0) })
        if outcome.interrupted {
            session = before
            throw .interrupted
        }
        if !outcome.errors.isEmpty, !keepGoing {
            session = before
            throw .located(outcome.errors[0])
        }
        for notice in notices { emit(.notice(notice)) }
        failedExpectations += outcome.failedExpectations.count
        // The whole run is one step for undo.
        session.undoStack = before.undoStack
        if before.plan != session.plan { session.undoStack.append(before.plan, over: session.plan, change: change) }
        session.change = change
        session.redoStack = before.plan == session.plan ? before.redoStack : PlanStack()
        if !outcome.errors.isEmpty {
            throw .keptGoing(file: file, errors: outcome.errors.count)
        }
        if !outcome.failedExpectations.isEmpty {
            // In a script the summary is located at the `run` line, as every message there is.
            let at = runStack.isEmpty ? "" : "\(location): "
            emit(.notice(at + Message.Shell.expectationsFailed(count: outcome.failedExpectations.count, file: file).text(in: session.language)))
        }
    }

    /// A scenario's text without its final newline; errors say what is wrong with the file.
    /// For a file named on the command line: no policy (the user chose it).
    public static func readScript(_ path: String, shownAs file: String) throws(ShellError) -> String {
        let contents: FileContents
        do { contents = try FileLocation.resolve(path, relativeTo: nil, shownAs: file).read(limit: InputLimits.scenarioFile) } catch {
            throw scriptError(error, shownAs: file)
        }
        return try scriptText(contents.bytes, shownAs: file)
    }

    static func scriptError(_ error: FileAccessError, shownAs file: String) -> ShellError {
        switch error {
        case .notFound: .refused(Message.Shell.noSuchFile(file: file))
        case .isDirectory: .refused(Message.Shell.folderNotScenario(file: file))
        default: .fileAccess(error)
        }
    }

    /// Text that is not UTF-8 (nor CP932, detected or as told), or holds NUL bytes as
    /// binary files do, is refused whole with one error: run line by line, each line would
    /// be quoted in an error.
    static func scriptText(_ bytes: [UInt8], shownAs file: String, encoding: TextEncoding? = nil) throws(ShellError) -> String {
        let text: String
        do { text = try TextEncoding.text(bytes, file: file, encoding: encoding) } catch {
            guard let issue = error.issues.first, issue.line > 0 else { throw .refused(Message.Shell.cannotRead(file: file)) }
            throw .data(DataError([DataIssue(file: file, line: issue.line, issue.what)]))
        }
        // The final LF off by its byte (dropLast walked every Character of the file). Text ending
        // in CR LF keeps it, as before: that is one Character, which hasSuffix("\n") does not match.
        let utf8 = text.utf8
        guard utf8.last == 10 else { return text }
        let end = utf8.index(before: utf8.endIndex)
        if end > utf8.startIndex, utf8[utf8.index(before: end)] == 13 { return text }
        return String(text[..<end])
    }
}
