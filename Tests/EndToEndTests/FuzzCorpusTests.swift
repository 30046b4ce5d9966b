import Foundation
import FuzzSupport
import TestSupport
import Testing

/// Tests/FuzzCorpus replayed through the built executable every run, under the fuzzers'
/// checks: the inputs that found bugs (each says which in its first lines or its README
/// entry) and representative valid sessions. `commands/*.plan` run as a scenario in a
/// FuzzSandbox (`@ROOT@` is the sandbox); `data/NAME/` holds files that replace the bundled
/// Data/ files of the same name, followed by FuzzDataExecutableTests' commands.
@Suite("fuzz corpus", .serialized)
struct FuzzCorpusTests {
    static let corpus = repositoryRoot.appendingPathComponent("Tests/FuzzCorpus")

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    static let commandFiles = entries("commands").filter { $0.hasSuffix(".plan") }
    static let dataFolders = entries("data")

    @Test("the corpus is where the replay looks for it")
    func present() {
        #expect(Self.commandFiles.count >= 5 && Self.dataFolders.count >= 5, "\(Self.corpus.path)")
    }

    @Test("command corpus: no crash, no hang, nothing outside, every message located", arguments: commandFiles)
    func command(_ file: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent("commands/" + file)))
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let batch = FuzzCommandExecutableTests.Batch(seed: 0, mode: .bytes, lines: lines, bytes: bytes, allowWrite: false)
        let outcome = try FuzzCommandExecutableTests.run(batch)
        var tally = FuzzTally()
        if outcome.isCrash || outcome.isHang {
            tally.recordFailure(outcome, label: "commands/\(file)", reproducer: "", saved: "Tests/FuzzCorpus/commands/\(file)")
        } else {
            tally.record(outcome, label: "commands/\(file)") { "Tests/FuzzCorpus/commands/\(file)" }
        }
        if file.hasPrefix("valid-") {
            #expect(outcome.end == .exited(0), "a valid session succeeds: \(outcome.stderrHead)")
        }
    }

    @Test("libFuzzer's seeds replay through muniplan-fuzz (the ordinary build of tools/fuzz.sh's target) without a finding")
    func libFuzzerSeeds() throws {
        let replay = try Executable.url().deletingLastPathComponent().appendingPathComponent("muniplan-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: replay.path), "\(replay.path) (built by swift build)")
        let seeds = Self.corpus.appendingPathComponent("libfuzzer").path
        let child = try SpawnedMuniplan([seeds], environment: ["MUNIPLAN_DATA": bundledDataDirectory.path],
                                        executable: replay.path)
        let end = child.wait(timeout: 60)
        #expect(end == .exited(0), "\(child.stderr.prefix(2000))")
        let count = Self.entries("libfuzzer").count
        #expect(count >= 10 && child.stdout == "muniplan-fuzz: \(count) inputs replayed, no finding\n", "\(child.stdout)")
    }

    @Test("data corpus: exit 0, 1 or 3 with located lines, no crash, no hang, nothing outside", arguments: dataFolders)
    func data(_ folder: String) throws {
        var files = FuzzDataExecutableTests.bundled
        for name in Self.entries("data/" + folder) {
            files[name] = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent("data/\(folder)/\(name)")))
        }
        let outcome = try FuzzDataExecutableTests.run(files)
        var tally = FuzzTally()
        if outcome.isCrash || outcome.isHang {
            tally.recordFailure(outcome, label: "data/\(folder)", reproducer: "", saved: "Tests/FuzzCorpus/data/\(folder)")
        } else {
            tally.record(outcome, label: "data/\(folder)") { "Tests/FuzzCorpus/data/\(folder)" }
        }
    }
}
