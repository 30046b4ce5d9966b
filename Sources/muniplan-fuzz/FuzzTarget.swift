import Foundation
import FuzzSupport
import MuniPlan
import MuniPlanShell

/// One input of libFuzzer (or of the replay): its first byte chooses what reads the rest.
///
///   0, 1  command lines through the interpreter as a script runs them (the policy for
///         reads and writes applies), in a FuzzSandbox made once
///   2     bodies.csv, 3 districts.csv, 4 measures.toml, 5 uptake.toml, 6 an indicators
///         CSV, 7 boundaries.geojson: through the core's loaders, from memory
///
/// A finding is a trap (libFuzzer catches the signal), a run that does not end (-timeout),
/// and what `check` aborts on: a message of more than one line, a secret file's contents in
/// an output or a message, anything changed outside the sandbox's working directory.
final class FuzzTarget {
    let dataset: Dataset
    let districts: [District]
    let sandbox: FuzzSandbox
    let watched: TreeSnapshot
    var runs = 0

    init() {
        let data = ProcessInfo.processInfo.environment["MUNIPLAN_DATA"] ?? Self.repositoryData
        guard let dataset = try? DataLoader.load(directory: data),
              let uptake = FileManager.default.contents(atPath: data + "/uptake.toml"),
              let sandbox = try? FuzzSandbox(dataFiles: [:], uptakeModel: [UInt8](uptake)) else {
            // A set-up problem, not a finding: say so and stop with a usage status, no trap.
            FileHandle.standardError.write(Data("muniplan-fuzz: cannot load the data directory \(data) (set MUNIPLAN_DATA)\n".utf8))
            exit(2)
        }
        self.dataset = dataset
        districts = dataset.districts
        self.sandbox = sandbox
        watched = sandbox.watched()
    }

    /// …/Sources/muniplan-fuzz/FuzzTarget.swift → the checkout's Data/.
    static let repositoryData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data").path

    func run(_ input: [UInt8]) {
        guard let selector = input.first else { return }
        let bytes = Array(input.dropFirst())
        runs += 1
        switch selector % 8 {
        case 0, 1: commands(bytes)
        case 2: _ = try? DataLoader.loadBodies(bytes, districts: districts)
        case 3: _ = try? DataLoader.loadDistricts(bytes)
        case 4: _ = try? MeasureCatalog(text: TextFile.text(bytes, file: DataLoader.measuresFile), file: DataLoader.measuresFile)
        case 5: _ = try? UptakeModel(text: TextFile.text(bytes, file: "uptake.toml"), file: "uptake.toml", dataset: dataset)
        case 6: _ = try? IndicatorLoader.load(bytes: bytes, file: "fuzz.csv", dataset: dataset)
        default: _ = try? Boundaries(bytes: bytes)
        }
    }

    /// The bytes as a script's lines, every error reported and gone on from.
    func commands(_ bytes: [UInt8]) {
        let text = sandbox.expand(String(decoding: bytes, as: UTF8.self))
        let interpreter = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: sandbox.work))
        var printed: [String] = []
        let outcome = interpreter.runScript(text.components(separatedBy: "\n"), name: "fuzz.plan", path: nil, keepGoing: true, bail: false,
                                            emit: { output in
                                                switch output {
                                                case let .text(t), let .notice(t), let .formatted(t): printed.append(t)
                                                case .table: break
                                                }
                                            }, report: { printed.append($0) })
        let contract = MessageContract(name: "fuzz.plan", lastLine: text.split(separator: "\n", omittingEmptySubsequences: false).count)
        for message in outcome.errors + outcome.failedExpectations {
            if let problem = contract.problem(message) ?? (message.contains("\n") ? "more than one line: \(message)" : nil),
               PendingFix.reason(forMessage: problem) == nil {
                fail(problem)
            }
        }
        if let leak = printed.first(where: { $0.contains(FuzzSandbox.secret) }) { fail("a secret file shown: \(leak.prefix(200))") }
        let changes = sandbox.watched().changes(since: watched)
        if !changes.isEmpty { fail("written outside the working directory: \(changes.joined(separator: "; "))") }
    }

    /// A finding: said on stderr, then an abort, which libFuzzer saves the input for.
    func fail(_ problem: String) -> Never {
        FileHandle.standardError.write(Data("muniplan-fuzz: \(problem)\n".utf8))
        abort()
    }
}
