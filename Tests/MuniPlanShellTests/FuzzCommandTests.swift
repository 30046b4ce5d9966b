import Foundation
import FuzzSupport
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Generated lines of every command (CommandLineGenerator: from the registry's specs, then
/// mutated) through the interpreter, as a script runs them, in batches of 500 each in a fresh
/// FuzzSandbox: every failure is one line, a failing command leaves the plan and the year as
/// they were, no output shows a secret file, and nothing outside the working directory
/// changes. Crashes and hangs are observed by FuzzCommandExecutableTests, which runs the
/// built executable; here a trap would end the test run, which the numbers beyond Int's range
/// (FuzzVocabulary.hugeNumbers) once did: they are in the mix.
@Suite("fuzzing the command language", .serialized)
struct FuzzCommandTests {
    static let batchLines = 500

    struct Tally {
        var lines = 0, commands = 0, failures = 0, outputs = 0
    }

    /// Runs one batch of generated lines in a fresh sandbox under the script policy.
    func batch(_ index: Int, generator: CommandLineGenerator, dataset: Dataset, tally: inout Tally) throws {
        let seed = 0x1A7E_0000 &+ FuzzScale.current.seed &* 1_000_003 &+ UInt64(index)
        var g = RandomSource(seed: seed)
        let sandbox = try FuzzSandbox(dataFiles: [:], uptakeModel: Array(try String(contentsOf: repositoryRoot.appendingPathComponent("Data/uptake.toml"), encoding: .utf8).utf8))
        defer { sandbox.remove() }
        let allowing = Int.random(in: 0..<5, using: &g) == 0
        let interpreter = Interpreter(session: Session(dataset: dataset),
                                      settings: SessionSettings(workingDirectory: sandbox.work, allowWrite: allowing ? ["../allowed"] : []))
        // As a script runs (the policy for reads and writes applies), one frame for the batch.
        interpreter.runStack.append(RunFrame(path: nil, name: "fuzz.plan"))
        let watched = sandbox.watched(allowing: allowing)
        let folders = EscapeProbe.folders(besides: sandbox)
        let probe = EscapeProbe(folders)
        for _ in 0..<Self.batchLines {
            let text = sandbox.expand(generator.line(&g))
            tally.lines += 1
            let segments: [Lexer.Segment]
            do { segments = try Lexer.segments(text) } catch {
                tally.failures += 1
                #expect(!error.description.contains("\n"), "seed \(seed): \(text) → \(error)")
                continue
            }
            for segment in segments {
                tally.commands += 1
                let before = interpreter.session.plan, year = interpreter.session.year
                var printed: [String] = []
                var keepsWhatSucceeded = false
                do {
                    let command = try CommandRegistry.parse(segment.words)
                    // `run FILE --keep-going` keeps what succeeded, as its help says.
                    if let run = command as? RunCommand, run.keepGoing { keepsWhatSucceeded = true }
                    try interpreter.execute(command) { output in
                        switch output {
                        case let .text(t), let .notice(t), let .formatted(t): printed.append(t)
                        case let .table(t): printed.append(OutputRenderer(format: .csv, color: false).render(t))
                        }
                    }
                    tally.outputs += printed.count
                } catch {
                    tally.failures += 1
                    let message = error.description
                    #expect(!message.isEmpty && !message.contains("\n"), "seed \(seed): \(text) → \(message)")
                    #expect(MessageContract.rawControl(in: message, allowing: []) == nil, "seed \(seed): \(text) → \(message)")
                    if !keepsWhatSucceeded {
                        #expect(interpreter.session.plan == before, "seed \(seed): the plan changed by a failing line: \(text)")
                        #expect(interpreter.session.year == year, "seed \(seed): the year changed by a failing line: \(text)")
                    }
                    printed.append(message)
                }
                for shown in printed where shown.contains(FuzzSandbox.secret) {
                    Issue.record("seed \(seed): \(text) shows a secret file: \(shown.prefix(300))")
                }
                if interpreter.quitRequested { break }
            }
        }
        let changes = sandbox.watched(allowing: allowing).changes(since: watched) + EscapeProbe(folders).appeared(since: probe)
        #expect(changes.isEmpty, "seed \(seed): written outside the working directory:\n\(changes.joined(separator: "\n"))")
    }

    @Test("generated lines of every command: one-line errors, failed commands change nothing, nothing written or shown from outside")
    func generatedLines() throws {
        let dataset = try bundledDataset()
        let generator = CommandLineGenerator(dataset: dataset, hugeNumbers: true)
        var tally = Tally()
        let started = Date()
        for index in 0..<max(1, FuzzScale.current.inProcessLines / Self.batchLines) {
            try batch(index, generator: generator, dataset: dataset, tally: &tally)
        }
        print("fuzz (in-process, command lines): \(tally.lines) lines, \(tally.commands) commands, \(tally.failures) failed, "
              + "\(tally.outputs) outputs in \(Int(Date().timeIntervalSince(started))) s")
        #expect(tally.failures > tally.lines / 10, "the generator should produce many failing lines (\(tally.failures))")
        #expect(tally.outputs > tally.lines / 10, "and many that succeed (\(tally.outputs) outputs)")
    }

    @Test("errors in a script are located as NAME:LINE on one line")
    func locatedErrors() throws {
        let dataset = try bundledDataset()
        var g = RandomSource(seed: 7 &+ FuzzScale.current.seed)
        let generator = CommandLineGenerator(dataset: dataset, hugeNumbers: true)
        try withTemporaryFolder { folder in
            let interpreter = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: folder.path))
            // Every line on its own: no continuation joins two, no newline splits one.
            let lines = (0..<2_000).map { _ in
                generator.line(&g).replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "\n", with: " ")
            }
            let outcome = interpreter.runScript(lines, name: "fuzz.plan", path: nil, keepGoing: true, bail: false, emit: { _ in }, report: { _ in })
            #expect(!outcome.errors.isEmpty)
            let contract = MessageContract(name: "fuzz.plan", lastLine: lines.count)
            for message in outcome.errors + outcome.failedExpectations {
                #expect(contract.problem(message) == nil, "\(message)")
                #expect(!message.contains("\n"), "\(message)")
            }
        }
    }
}
