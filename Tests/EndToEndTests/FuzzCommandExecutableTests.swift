import Foundation
import FuzzSupport
import MuniPlan
import TestSupport
import Testing

/// Generated command lines through the built executable, in batches, each in a fresh
/// sandbox: a crash (the test runner would die of it in-process) or a hang is seen here,
/// minimised to the lines that cause it and saved for the corpus. Every batch also checks
/// that nothing outside the working directory changed and that every message is one line
/// located at a line of the batch.
@Suite("fuzzing the executable: command lines", .serialized)
struct FuzzCommandExecutableTests {
    enum Mode: String, CaseIterable { case file, stdin, commandString = "-c", bytes }

    struct Batch {
        let seed: UInt64
        let mode: Mode
        let lines: [String]
        /// For `.bytes`: the file as written, with what text cannot hold.
        let bytes: [UInt8]?
        let allowWrite: Bool
    }

    static let dataset: Dataset? = try? DataLoader.load(directory: bundledDataDirectory.path)
    static let dataFiles: [String: [UInt8]] = (try? DataMutator.originals(of: bundledDataDirectory.path)) ?? [:]

    static func batch(_ index: Int, lines count: Int, generator: CommandLineGenerator) -> Batch {
        let seed = 0xF022_0000 &+ FuzzScale.current.seed &* 1_000_003 &+ UInt64(index)
        var g = RandomSource(seed: seed)
        let roll = Int.random(in: 0..<20, using: &g)
        let mode: Mode = roll < 13 ? .file : roll < 16 ? .stdin : roll < 19 ? .commandString : .bytes
        let lines = (0..<(mode == .bytes ? 6 : count)).map { _ in generator.line(&g) }
        var bytes: [UInt8]?
        if mode == .bytes {
            var all: [UInt8] = []
            for (i, line) in lines.enumerated() { all += (i == 3 ? LineMutator.bytes(line, &g) : Array(line.utf8)) + [0x0A] }
            bytes = all
        }
        return Batch(seed: seed, mode: mode, lines: lines, bytes: bytes, allowWrite: Int.random(in: 0..<5, using: &g) == 0)
    }

    /// Runs a batch in a fresh sandbox.
    static func run(_ batch: Batch, timeout: TimeInterval = FuzzExecutable.timeout) throws -> FuzzOutcome {
        let sandbox = try FuzzSandbox(dataFiles: dataFiles, uptakeModel: dataFiles["uptake.toml"] ?? [])
        defer { sandbox.remove() }
        let lines = batch.lines.map(sandbox.expand)
        var arguments = ["--data", sandbox.data, "--keep-going"]
        if batch.allowWrite { arguments += ["--allow-write", "../allowed"] }
        let text = batch.bytes.map(sandbox.expand) ?? Array((lines.joined(separator: "\n") + "\n").utf8)
        let physical = text.filter { $0 == 0x0A }.count + (text.last == 0x0A ? 0 : 1)
        switch batch.mode {
        case .file, .bytes:
            let file = sandbox.work + "/batch.plan"
            try Data(text).write(to: URL(fileURLWithPath: file))
            return try FuzzExecutable.run(arguments + ["batch.plan"], in: sandbox,
                                          contract: MessageContract(name: "batch.plan", lastLine: physical), allowing: batch.allowWrite,
                                          timeout: timeout)
        case .stdin:
            let file = sandbox.root + "/stdin.txt"
            try Data(text).write(to: URL(fileURLWithPath: file))
            return try FuzzExecutable.run(arguments, in: sandbox, contract: MessageContract(name: "<stdin>", lastLine: physical),
                                          stdinFile: file, allowing: batch.allowWrite, timeout: timeout)
        case .commandString:
            let joined = lines.joined(separator: "; ")
            let commands = joined.filter { $0 == ";" || $0 == "\n" }.count + 1
            return try FuzzExecutable.run(arguments + ["-c", joined], in: sandbox, contract: MessageContract(name: "-c", lastLine: commands),
                                          allowing: batch.allowWrite, timeout: timeout)
        }
    }

    /// The fewest lines of `batch` (run as a file) that still crash at `site`, or hang.
    static func minimise(_ batch: Batch, site: String?, hang: Bool) throws -> [String] {
        func fails(_ lines: [String]) throws -> Bool {
            let outcome = try run(Batch(seed: batch.seed, mode: .file, lines: lines, bytes: nil, allowWrite: batch.allowWrite),
                                  timeout: hang ? FuzzExecutable.hangTimeout : FuzzExecutable.timeout)
            return hang ? outcome.isHang : outcome.isCrash && outcome.crashSite == site
        }
        var lines = batch.lines
        guard try fails(lines) else { return lines }
        // The shortest failing prefix (the line that fails and what led to it), then each
        // earlier line left out if it is not needed.
        var low = 1, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if try fails(Array(lines.prefix(mid))) { high = mid } else { low = mid + 1 }
        }
        lines = Array(lines.prefix(low))
        if hang { return try fails(Array(lines.suffix(1))) ? Array(lines.suffix(1)) : lines }
        for i in stride(from: lines.count - 2, through: 0, by: -1) {
            var fewer = lines
            fewer.remove(at: i)
            if try fails(fewer) { lines = fewer }
        }
        return lines
    }

    @Test("generated lines of every command through the executable: no crash, no hang, nothing written outside, every message located")
    func commandBatches() throws {
        let dataset = try #require(Self.dataset)
        let scale = FuzzScale.current
        let generator = CommandLineGenerator(dataset: dataset, hugeNumbers: true)
        var tally = FuzzTally()
        var minimised: Set<String> = []
        let started = Date()
        var index = 0
        while tally.inputs < scale.executableLines {
            defer { index += 1 }
            let batch = Self.batch(index, lines: scale.batchLines, generator: generator)
            var outcome = try Self.run(batch)
            // Past the timeout on a loaded machine is not yet a hang: once more, with time.
            if outcome.isHang { outcome = try Self.run(batch, timeout: FuzzExecutable.hangTimeout); tally.slow += outcome.isHang ? 0 : 1 }
            tally.runs += 1
            tally.inputs += batch.lines.count
            let label = "batch \(index) (seed \(batch.seed), \(batch.mode.rawValue)\(batch.allowWrite ? ", --allow-write" : ""))"
            let input = batch.bytes ?? Array((batch.lines.joined(separator: "\n") + "\n").utf8)
            if outcome.isCrash || outcome.isHang {
                let key = outcome.isHang ? "hang" : outcome.crashSite ?? "unknown site"
                var shown = batch.lines
                if minimised.insert(key).inserted { shown = try Self.minimise(batch, site: outcome.crashSite, hang: outcome.isHang) }
                let text = shown.joined(separator: "\n") + "\n"
                let saved = FuzzExecutable.save("commands-\(batch.seed).plan", input: Array(text.utf8), report: outcome.stderr)
                tally.recordFailure(outcome, label: label, reproducer: "(\(shown.count) lines)\n" + text, saved: saved)
                continue
            }
            tally.record(outcome, label: label) {
                FuzzExecutable.save("commands-\(batch.seed).plan", input: input, report: outcome.stderr)
            }
        }
        print("fuzz (executable, command lines): \(tally.inputs) lines in \(tally) in \(Int(Date().timeIntervalSince(started))) s")
        #expect(tally.runs > 0)
    }
}
