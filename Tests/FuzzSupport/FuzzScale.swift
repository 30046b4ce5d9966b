import Foundation

/// How much the fuzz tests run. Bounded by default, so that `swift test` (and CI) stays
/// quick; `MUNIPLAN_FUZZ_SCALE=full` runs the counts issue #11 asks for (100,000 lines,
/// 5,000 data directories), and `MUNIPLAN_FUZZ_SEED=N` moves every generator to other inputs.
public struct FuzzScale: Sendable {
    /// Lines through the interpreter in the test process.
    public let inProcessLines: Int
    /// Lines through the executable, in batches of `batchLines`.
    public let executableLines: Int
    public let batchLines: Int
    /// Mutated data directories through the loader in the test process.
    public let inProcessDataDirectories: Int
    /// Mutated data directories through the executable.
    public let executableDataDirectories: Int
    /// Added to every generator's seed.
    public let seed: UInt64
    public let isFull: Bool

    public static let current: FuzzScale = {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["MUNIPLAN_FUZZ_SEED"].flatMap(UInt64.init) ?? 0
        if environment["MUNIPLAN_FUZZ_SCALE"] == "full" {
            return FuzzScale(inProcessLines: 100_000, executableLines: 100_000, batchLines: 50,
                             inProcessDataDirectories: 5_000, executableDataDirectories: 5_000, seed: seed, isFull: true)
        }
        return FuzzScale(inProcessLines: 10_000, executableLines: 4_000, batchLines: 40,
                         inProcessDataDirectories: 600, executableDataDirectories: 120, seed: seed, isFull: false)
    }()

    /// Where findings (the minimised input of each crash, hang or escape) are written, for
    /// adding to Tests/FuzzCorpus: MUNIPLAN_FUZZ_FINDINGS, else a folder under the system's
    /// temporary folder.
    public static var findingsDirectory: String {
        ProcessInfo.processInfo.environment["MUNIPLAN_FUZZ_FINDINGS"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-fuzz-findings").path
    }
}
