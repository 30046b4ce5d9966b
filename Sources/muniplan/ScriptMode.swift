import Foundation
import MuniPlan
import MuniPlanShell

/// Running without a prompt: `-c`, files, piped stdin and `check`.
enum ScriptMode {
    /// Runs lines; errors and failed expectations go to stderr located as NAME:LINE. Ctrl-C
    /// (while a command runs or while waiting for `input`) is reported where it stopped the
    /// run and gives `ExitStatus.interrupted`.
    static func run(lines: some Sequence<String>, name: String, path: String?, numberCommands: Bool,
                    interpreter: Interpreter, printer: Printer, input: StandardInputLines? = nil) -> Int32 {
        let outcome = interpreter.runScript(lines, name: name, path: path, keepGoing: interpreter.settings.keepGoing,
                                            bail: interpreter.settings.bail, numberCommands: numberCommands,
                                            stoppedEarly: { input?.stop != nil }, emit: printer.emit, report: { Terminal.err($0) })
        if !interpreter.settings.keepGoing, let first = outcome.errors.first { Terminal.err(first) }
        let waitingFor = "\(name):\((input?.count ?? 0) + 1)"
        func report(_ location: String, _ message: Message) {
            Terminal.err("\(location): " + message.text(in: interpreter.session.language))
        }
        if outcome.interrupted {
            report(outcome.interruptedAt ?? waitingFor, Message.Shell.interrupted)
            return ExitStatus.interrupted.rawValue
        }
        switch input?.stop {
        case .interrupted?:
            report(waitingFor, Message.Terminal.interruptedWaiting)
            return ExitStatus.interrupted.rawValue
        case let .notText(line, detail)?:
            report("\(name):\(line)", Message.Terminal.notUtf8(detail: detail.message))
            return ExitStatus.failed.rawValue
        case let .tooLong(line)?:
            report("\(name):\(line)", Message.Terminal.lineTooLong(limit: InputLimits.size(StandardInputLines.lineLimit)))
            return ExitStatus.failed.rawValue
        case let .readFailed(code)?:
            report(waitingFor, Message.Terminal.stdinUnreadable(reason: String(cString: strerror(code))))
            return ExitStatus.failed.rawValue
        case nil:
            return outcome.succeeded && interpreter.failedExpectations == 0 ? ExitStatus.ok.rawValue : ExitStatus.failed.rawValue
        }
    }

    /// `muniplan FILE…`: the files in order in one session.
    static func runFiles(_ files: [String], interpreter: Interpreter, printer: Printer) -> Int32 {
        var status = ExitStatus.ok.rawValue
        for file in files {
            let path = absolute(file, from: interpreter.settings.workingDirectory)
            let text: String
            do { text = try Interpreter.readScript(path, shownAs: file) } catch {
                // A problem at a line of the file (not UTF-8, a NUL byte) is located there,
                // as every message about a line is; the rest is muniplan's own.
                let message = error.text(in: interpreter.session.language)
                Terminal.err(message.hasPrefix(file + ":") ? message : Message.Executable.problem(problem: message).text(in: interpreter.session.language))
                return ExitStatus.failed.rawValue
            }
            let result = run(lines: ScriptLines.split(text), name: file, path: path, numberCommands: false,
                             interpreter: interpreter, printer: printer)
            if result == ExitStatus.interrupted.rawValue { return result }
            if result != ExitStatus.ok.rawValue {
                status = result
                if !interpreter.settings.keepGoing, interpreter.failedExpectations == 0 || interpreter.settings.bail { return status }
            }
            if interpreter.quitRequested { break }
        }
        return status
    }

    /// `muniplan check DIR`: every *.plan in DIR (sorted), each in a fresh session.
    static func check(directory: String, dataset: Dataset, language: Language, settings: SessionSettings) -> Int32 {
        let dir = absolute(directory, from: settings.workingDirectory)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            Terminal.err(Message.Terminal.cannotReadFolder(folder: directory).text(in: language))
            return ExitStatus.usage.rawValue
        }
        let files = entries.filter { $0.hasSuffix(".plan") }.sorted()
        var passed = 0, failed = 0
        for file in files {
            let path = (dir as NSString).appendingPathComponent(file)
            let shown = (directory as NSString).appendingPathComponent(file)
            let interpreter = Interpreter(session: Session(dataset: dataset, language: language), settings: settings)
            var problems: [String] = []
            var outcome = ScriptOutcome()
            do {
                let text = try Interpreter.readScript(path, shownAs: shown)
                outcome = interpreter.runScript(ScriptLines.split(text), name: shown, path: path, keepGoing: false,
                                                bail: settings.bail, emit: { _ in }, report: { problems.append($0) })
                problems += outcome.errors
            } catch {
                problems.append(error.text(in: interpreter.session.language))
            }
            if problems.isEmpty, interpreter.failedExpectations == 0, !outcome.interrupted {
                passed += 1
                Terminal.out(Message.Terminal.checkOk(file: shown).text(in: language))
            } else {
                failed += 1
                let problem = problems.first ?? Message.Terminal.checkFailed.text(in: language)
                Terminal.out(Message.Terminal.checkFail(file: shown, problem: problem).text(in: language))
            }
        }
        Terminal.out(Message.Terminal.checkSummary(passed: passed, failed: failed).text(in: language))
        return failed == 0 ? ExitStatus.ok.rawValue : ExitStatus.failed.rawValue
    }

    static func absolute(_ path: String, from directory: String) -> String {
        path.hasPrefix("/") ? path : ((directory as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

}
