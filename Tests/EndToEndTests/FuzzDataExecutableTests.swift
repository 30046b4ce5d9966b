import Foundation
import FuzzSupport
import MuniPlan
import TestSupport
import Testing

/// Mutated data directories (bodies, districts, the measure catalogue, the uptake model, the
/// boundaries) through the built executable, each followed by commands that use every part:
/// the data loads, or every problem is a located line in a data file and the run exits 3;
/// no crash (toml++ aborts where the loader survives in-process), no hang, nothing written
/// outside the working directory.
@Suite("fuzzing the executable: data directories", .serialized)
struct FuzzDataExecutableTests {
    static let commands = [
        "snapshot a", "kpi", "coverage --by district", "bodies kind:village", "districts", "items", "measures", "show 073644",
        "allocate advisor", "allocate advisor 19 apportion hamilton", "allocate ict-grant 10 --budget 100000 --cost population",
        "explain advisor", "simulate --runs 50 --seed 1", "simulate --runs 20 --model model.toml", "expect probability ict-grant >= 0",
        "indicators load ind.csv", "report --to r.html", "export coverage --to c.csv --excel", "export bodies --to b.csv --encoding cp932",
        "export kpi --to k.json", "export simulation bodies --to s.md", "save p.plan", "run p.plan", "diff a",
    ]

    static let bundled = (try? DataMutator.originals(of: bundledDataDirectory.path)) ?? [:]
    static let japan = (try? DataMutator.originals(of: repositoryRoot.appendingPathComponent("Data/japan").path)) ?? [:]

    /// Runs the commands on `files` as the data directory (uptake.toml also as work/model.toml).
    /// The Japan-wide set (1,700 bodies, a 3 MB map) takes 10 s for the commands on a loaded
    /// machine: a hang there is a run past 60 s.
    static func run(_ files: [String: [UInt8]], commands: [String] = commands, timeout: TimeInterval? = nil) throws -> FuzzOutcome {
        let timeout = timeout ?? ((files[DataLoader.bodiesFile]?.count ?? 0) > 100_000 ? 60 : FuzzExecutable.timeout)
        let sandbox = try FuzzSandbox(dataFiles: files, uptakeModel: files["uptake.toml"] ?? bundled["uptake.toml"] ?? [])
        defer { sandbox.remove() }
        let contract = MessageContract(name: "-c", lastLine: commands.count, otherPrefixes: ["muniplan: the data in "],
                                       dataDirectory: sandbox.data)
        return try FuzzExecutable.run(["--data", sandbox.data, "--keep-going", "-c", commands.joined(separator: "; ")],
                                      in: sandbox, contract: contract, timeout: timeout)
    }

    /// For a crash or hang: the mutated files alone that still give it, and the first command
    /// that does; as a corpus entry's files and its line.
    static func minimise(_ files: [String: [UInt8]], mutated: [String], originals: [String: [UInt8]],
                         like outcome: FuzzOutcome) throws -> (files: [String], command: String?) {
        func same(_ other: FuzzOutcome) -> Bool { outcome.isHang ? other.isHang : other.isCrash && other.crashSite == outcome.crashSite }
        let timeout = outcome.isHang ? FuzzExecutable.hangTimeout : nil
        var needed = mutated
        if mutated.count > 1 {
            for file in mutated {
                var alone = originals
                alone[file] = files[file]
                if try same(run(alone, timeout: timeout)) { needed = [file]; break }
            }
        }
        var chosen = originals
        for file in needed { chosen[file] = files[file] }
        for command in commands where try same(run(chosen, commands: [command], timeout: timeout)) { return (needed, command) }
        return (needed, nil)
    }

    @Test("mutated data directories through the executable: exit 0, 1 or 3, located lines, no crash, no hang, nothing outside")
    func mutatedDataDirectories() throws {
        try #require(!Self.bundled.isEmpty)
        let scale = FuzzScale.current
        let mutator = DataMutator(aggressive: true)
        var tally = FuzzTally()
        var minimised: Set<String> = []
        let started = Date()
        for index in 0..<scale.executableDataDirectories {
            let seed = 0xDA7A_0000 &+ scale.seed &* 1_000_003 &+ UInt64(index)
            var g = RandomSource(seed: seed)
            let originals = !Self.japan.isEmpty && Int.random(in: 0..<25, using: &g) == 0 ? Self.japan : Self.bundled
            var files = originals
            var mutated = [originals.keys.sorted().randomElement(using: &g)!]
            if Int.random(in: 0..<4, using: &g) == 0, let second = originals.keys.sorted().randomElement(using: &g), second != mutated[0] {
                mutated.append(second)
            }
            for file in mutated { files[file] = mutator.mutate(originals[file]!, &g) }
            var outcome = try Self.run(files)
            // Past the timeout on a loaded machine is not yet a hang: once more, with time.
            if outcome.isHang { outcome = try Self.run(files, timeout: FuzzExecutable.hangTimeout); tally.slow += outcome.isHang ? 0 : 1 }
            tally.runs += 1
            tally.inputs += 1
            let label = "data directory \(index) (seed \(seed), \(mutated.joined(separator: " and ")) mutated\(originals == Self.japan ? ", japan" : ""))"
            func save(_ chosen: [String]) -> String {
                for file in chosen { FuzzExecutable.save("data-\(seed)/\(file)", input: files[file]!, report: outcome.stderr) }
                return FuzzScale.findingsDirectory + "/data-\(seed)"
            }
            if outcome.isCrash || outcome.isHang {
                let key = outcome.isHang ? "hang" : outcome.crashSite ?? "unknown site"
                var shown = (files: mutated, command: String?.none)
                if minimised.insert(key).inserted { shown = try Self.minimise(files, mutated: mutated, originals: originals, like: outcome) }
                tally.recordFailure(outcome, label: label, reproducer: "mutated: \(shown.files.joined(separator: ", ")); command: \(shown.command ?? "the whole chain")",
                                    saved: save(shown.files))
                continue
            }
            tally.record(outcome, label: label) { save(mutated) }
        }
        print("fuzz (executable, data directories): \(tally.inputs) mutated data directories in \(tally) in \(Int(Date().timeIntervalSince(started))) s")
        #expect(tally.statuses[3, default: 0] > 0, "some mutations should make the data unloadable: \(tally)")
    }
}
