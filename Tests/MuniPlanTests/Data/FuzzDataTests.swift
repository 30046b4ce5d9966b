import Foundation
import FuzzSupport
import TestSupport
import Testing
@testable import MuniPlan

/// Mutated data files through the loader (DataMutator: truncated lines, invalid UTF-8, huge
/// numbers, duplicated keys, stray quotes, swapped lines). Either the data loads or every
/// problem is a located, one-line issue in a known file; never a crash or a hang.
@Suite("fuzzing the data loader")
struct FuzzDataTests {
    /// The files mutated here: every file the loader reads, measures.toml included (toml++
    /// aborted on malformed headers until the TOML syntax check ran first).
    static let mutated = DataMutator.loaderFiles

    @Test("mutated data directories load or fail with located one-line issues")
    func mutatedData() throws {
        let originals = try DataMutator.originals(of: bundledDataDirectory.path, files: DataMutator.loaderFiles)
        try #require(originals.count == DataMutator.loaderFiles.count)
        let temporary = try TemporaryFolder(), folder = temporary.url
        defer { temporary.remove() }
        var g = RandomSource(seed: 42 &+ FuzzScale.current.seed)
        let mutator = DataMutator(aggressive: false)
        let count = FuzzScale.current.inProcessDataDirectories
        var refused = 0
        for _ in 0..<count {
            let target = Self.mutated.randomElement(using: &g)!
            for (file, bytes) in originals {
                try Data(file == target ? mutator.mutate(bytes, &g) : bytes).write(to: folder.appendingPathComponent(file))
            }
            do {
                _ = try DataLoader.load(directory: folder.path)
            } catch {
                refused += 1
                #expect(!error.issues.isEmpty)
                for issue in error.issues {
                    #expect(DataMutator.loaderFiles.contains(issue.file), "\(target): \(issue)")
                    #expect(issue.line >= 1, "\(target): \(issue)")
                    #expect(!issue.message.isEmpty && !issue.located(as: "DIR/" + issue.file).contains("\n"), "\(target): \(issue)")
                }
            }
        }
        print("fuzz (in-process, data loader): \(count) mutated data directories, \(refused) refused")
        #expect(refused > count / 6, "most mutations should be refused (\(refused) of \(count))")
    }
}
