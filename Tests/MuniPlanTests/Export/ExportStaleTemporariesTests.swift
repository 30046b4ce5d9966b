import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Temporaries of killed writers are removed by the next write into their folder.
@Suite("Export stale temporaries")
struct ExportStaleTemporariesTests {
    /// The PID of a process that has ended (spawned and waited for).
    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("the next write removes a dead writer's .NAME.tmp-PID-X and keeps live ones and look-alikes")
    func removesDeadOnly() throws {
        try withTemporaryFolder { folder in
            let dead = try deadProcessID()
            let live = ProcessInfo.processInfo.processIdentifier
            let stale = [".coverage.csv.tmp-\(dead)-1x9z", ".other.plan.tmp-\(dead)-0"]
            let kept = [".coverage.csv.tmp-\(live)-abc", "coverage.csv.tmp-\(dead)-abc", ".tmp-\(dead)-abc",
                        ".x.tmp-\(dead)-ABC", ".x.tmp-\(dead)-", ".x.tmp--abc", "notes.txt"]
            for name in stale + kept { #expect(FileManager.default.createFile(atPath: folder.path + "/" + name, contents: Data("x".utf8))) }
            // A folder and a link of that shape are not ours to remove.
            try FileManager.default.createDirectory(atPath: folder.path + "/.d.tmp-\(dead)-a", withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/.l.tmp-\(dead)-a", withDestinationPath: "notes.txt")

            try AtomicFile.write(Array("new".utf8), to: folder.path + "/kpi.csv", overwrite: false)
            let listing = Set(try directoryListing(folder.path))
            for name in stale { #expect(!listing.contains(name), "\(name) should be gone") }
            for name in kept + [".d.tmp-\(dead)-a", ".l.tmp-\(dead)-a", "kpi.csv"] {
                #expect(listing.contains(name), "\(name) should be kept")
            }
        }
    }

    @Test("a write into a folder of 2,500 entries lists them all, dead writers' temporaries among them (under tools/sanitize.sh address: no read past readdir's buffer)")
    func largeFolder() throws {
        try withTemporaryFolder { folder in
            let dead = try deadProcessID()
            // Names of every length, so that some entry ends near the end of readdir's buffer:
            // copying its dirent read 256 bytes past it (found by ASan in this listing).
            for i in 0..<2_500 {
                #expect(FileManager.default.createFile(atPath: folder.path + "/f\(i)-" + String(repeating: "0", count: i % 40), contents: nil))
            }
            let stale = ".coverage.csv.tmp-\(dead)-1x9z"
            #expect(FileManager.default.createFile(atPath: folder.path + "/" + stale, contents: Data("x".utf8)))
            try AtomicFile.write(Array("new".utf8), to: folder.path + "/kpi.csv", overwrite: false)
            let listing = try directoryListing(folder.path)
            #expect(!listing.contains(stale) && listing.contains("kpi.csv") && listing.count == 2_501)
        }
    }

    @Test("temporary names are parsed as bytes, and only the exact shape gives a PID")
    func nameShape() {
        func pid(_ name: String) -> Int32? { StaleTemporaries.processID(inTemporaryName: Array(name.utf8)) }
        #expect(pid(".a.tmp-123-zz") == 123)
        #expect(pid(".データ.csv.tmp-42-0") == 42)
        #expect(pid(".a.tmp-99999999999-z") == nil)
        #expect(pid(".a.tmp-0-z") == nil)
        #expect(pid("a.tmp-1-z") == nil)
        #expect(pid(".a.tmq-1-z") == nil)
        #expect(pid(".a.tmp-1-z/") == nil)
    }
}
