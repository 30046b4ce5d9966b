import Foundation
import Testing
@testable import MuniPlan

/// WritePolicy: scripts write only under the working directory and allowed directories.
@Suite("Export write policy")
struct ExportWritePolicyTests {
    @Test func pathsInsideTheWorkingDirectoryAreAllowed() throws {
        try withExportTemporaryDirectory { dir in
            let work = dir + "/work"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let policy = WritePolicy(workingDirectory: work)
            #expect(policy.allowedDirectories == [work])
            #expect(try policy.check("out/coverage.csv") == work + "/out/coverage.csv")
            #expect(try policy.check("./a/../b.csv") == work + "/b.csv")
            #expect(try policy.check("new/../x.csv") == work + "/x.csv", "a missing directory and .. resolve lexically")
            #expect(try policy.check(work + "/abs.csv") == work + "/abs.csv")
        }
    }

    @Test func pathsOutsideAreRefusedNamingTheAllowedArea() throws {
        try withExportTemporaryDirectory { dir in
            let work = dir + "/work"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let policy = WritePolicy(workingDirectory: work)
            for path in ["../x.csv", "a/../../x.csv", "/etc/muniplan.csv", dir + "/x.csv", dir + "/workshop/x.csv"] {
                #expect(!policy.permits(path), "\(path)")
                do throws(FileWriteError) {
                    try policy.check(path)
                    Issue.record("\(path) should be refused")
                } catch {
                    guard case let .outsideAllowedArea(shown, _, allowed) = error else {
                        Issue.record("unexpected \(error)")
                        continue
                    }
                    #expect(shown == path)
                    #expect(allowed == [work])
                    #expect(error.description.contains(work))
                    #expect(error.description.contains("--allow-write"))
                }
            }
        }
    }

    @Test func symbolicLinksLeadingOutAreRefused() throws {
        try withExportTemporaryDirectory { dir in
            let work = dir + "/work", elsewhere = dir + "/elsewhere"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: work + "/out", withDestinationPath: elsewhere)
            try FileManager.default.createSymbolicLink(atPath: work + "/file.csv", withDestinationPath: "../elsewhere/f.csv")
            let policy = WritePolicy(workingDirectory: work)
            #expect(!policy.permits("out/x.csv"))
            #expect(!policy.permits("file.csv"), "a link to a file outside")
            // As the kernel does it: out/.. is elsewhere's parent (dir), so this is work/x.csv.
            #expect(try policy.check("out/../work/x.csv") == work + "/x.csv")
            #expect(!policy.permits("out/../x.csv"))
            let allowing = WritePolicy(workingDirectory: work, allowing: [elsewhere])
            #expect(try allowing.check("out/x.csv") == elsewhere + "/x.csv")
        }
    }

    @Test func allowedDirectoriesExtendTheArea() throws {
        try withExportTemporaryDirectory { dir in
            let work = dir + "/work", shared = dir + "/shared"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let policy = WritePolicy(workingDirectory: work, allowing: ["../shared", work])
            #expect(policy.allowedDirectories == [work, shared], "relative to the working directory; no duplicates")
            #expect(try policy.check("../shared/new/x.csv") == shared + "/new/x.csv")
            #expect(try policy.check(shared + "/x.csv") == shared + "/x.csv")
            #expect(!policy.permits("../sharedother/x.csv"))
        }
    }

    @Test func rootAllowsEverything() {
        let policy = WritePolicy(workingDirectory: "/", allowing: [])
        #expect(policy.permits("/tmp/x"))
    }
}
