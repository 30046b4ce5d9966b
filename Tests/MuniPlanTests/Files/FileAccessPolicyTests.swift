import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// FileAccessPolicy: scripts read and write only under the working directory and the
/// allowed directories, decided by bytes and by device and inode, never by String.
@Suite("File access policy")
struct FileAccessPolicyTests {
    /// The marks that fuse with a `/` before them into one Character (issue #11).
    static let fusingMarks = ["\u{301}", "\u{200D}", "\u{FE0F}"]

    @Test func pathsInsideTheWorkingDirectoryAreAllowed() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work"
            try makeDirectories(work)
            let policy = FileAccessPolicy(workingDirectory: work)
            #expect(policy.allowedDirectories(.write) == [work])
            #expect(try policy.checkWrite("out/coverage.csv").path == work + "/out/coverage.csv")
            #expect(try policy.checkWrite("./a/../b.csv").path == work + "/b.csv")
            #expect(try policy.checkWrite("new/../x.csv").path == work + "/x.csv", "a missing directory and its .. cancel out")
            #expect(try policy.checkWrite(work + "/abs.csv").path == work + "/abs.csv")
            #expect(try policy.checkWrite("a/b/c.csv").missingDirectories == [Array("a".utf8), Array("b".utf8)])
        }
    }

    @Test func pathsOutsideAreRefusedNamingTheAllowedArea() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work"
            try makeDirectories(work)
            let policy = FileAccessPolicy(workingDirectory: work)
            let paths = ["../x.csv", "a/../../x.csv", "new/../../x.csv", "/etc/muniplan.csv", folder.path + "/x.csv", folder.path + "/workshop/x.csv"]
            for path in paths {
                #expect(!policy.permits(path, .write), "\(path)")
                do throws(FileAccessError) {
                    _ = try policy.checkWrite(path)
                    Issue.record("\(path) should be refused")
                } catch {
                    guard case let .outsideAllowedArea(shown, _, allowed, access) = error else {
                        Issue.record("unexpected \(error)")
                        continue
                    }
                    #expect(shown == path)
                    #expect(allowed == [work])
                    #expect(access == .write)
                    #expect(error.description.contains(work))
                    #expect(error.description.contains("--allow-write"))
                }
            }
        }
    }

    @Test("a combining mark, ZWJ or variation selector after a slash does not hide the .. before it",
          arguments: fusingMarks)
    func fusingMarkAfterSlash(mark: String) throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work"
            try makeDirectories(work)
            let policy = FileAccessPolicy(workingDirectory: work)
            for path in ["../\(mark)d/x.csv", "../\(mark)d/evil.plan", "sub/../../\(mark)x.csv", "../\(mark)"] {
                #expect(!policy.permits(path, .write), "\(path.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())")
                #expect(!policy.permits(path, .read))
            }
            // Inside, the same marks are ordinary name bytes.
            #expect(try policy.checkWrite("\(mark)d/x.csv").path == work + "/\(mark)d/x.csv")
        }
    }

    @Test func symbolicLinksLeadingOutAreRefused() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work", elsewhere = folder.path + "/elsewhere"
            try makeDirectories(work)
            try makeDirectories(elsewhere)
            try makeLink(work + "/out", to: elsewhere)
            try makeLink(work + "/file.csv", to: "../elsewhere/f.csv")
            try makeLink(work + "/l", to: "../elsewhere")
            let policy = FileAccessPolicy(workingDirectory: work)
            #expect(!policy.permits("out/x.csv", .write))
            #expect(!policy.permits("file.csv", .write), "a link to a file outside")
            #expect(!policy.permits("l/\u{301}x.sh", .write), "the issue's link escape")
            // As the kernel does it: out/.. is elsewhere's parent (folder.path), so this is work/x.csv.
            #expect(try policy.checkWrite("out/../work/x.csv").path == work + "/x.csv")
            #expect(!policy.permits("out/../x.csv", .write))
            let allowing = FileAccessPolicy(workingDirectory: work, allowWrite: [elsewhere])
            #expect(try allowing.checkWrite("out/x.csv").path == elsewhere + "/x.csv")
            #expect(try allowing.checkWrite("l/\u{301}x.sh").path == elsewhere + "/\u{301}x.sh")
        }
    }

    @Test("from a working directory データ (composed), デ decomposed is another directory")
    func canonicalEquivalenceIsNotEquality() throws {
        try withTemporaryFolder { folder in
            let composed = "\u{30C7}\u{30FC}\u{30BF}", decomposed = "\u{30C6}\u{3099}\u{30FC}\u{30BF}"
            #expect(composed == decomposed, "equal to Swift…")
            #expect(Array(composed.utf8) != Array(decomposed.utf8), "…but not to the kernel")
            let work = folder.path + "/" + composed
            try makeDirectories(work)
            let policy = FileAccessPolicy(workingDirectory: work)
            #expect(try policy.checkWrite("../\(composed)/x.csv").path == work + "/x.csv")
            do throws(FileAccessError) {
                _ = try policy.checkWrite("../\(decomposed)/x.csv")
                Issue.record("the decomposed sibling should be refused")
            } catch {
                #expect(error.description.contains("only looks inside"), "\(error)")
            }
            #expect(!policy.permits(folder.path + "/" + decomposed + "/x.csv", .read))
        }
    }

    @Test func allowedDirectoriesExtendTheArea() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work", shared = folder.path + "/shared"
            try makeDirectories(work)
            let policy = FileAccessPolicy(workingDirectory: work, allowWrite: ["../shared", work])
            #expect(policy.allowedDirectories(.write) == [work, shared], "relative to the working directory; no duplicates")
            #expect(try policy.checkWrite("../shared/new/x.csv").path == shared + "/new/x.csv", "an allowed directory not made yet")
            #expect(try policy.checkWrite(shared + "/x.csv").path == shared + "/x.csv")
            #expect(!policy.permits("../sharedother/x.csv", .write))
            #expect(!policy.permits("../shared\u{301}/x.csv", .write))
            try makeDirectories(shared)
            #expect(try policy.checkWrite("../shared/x.csv").path == shared + "/x.csv", "and once it exists")
        }
    }

    @Test("--allow-read directories may be read, not written; --allow-write ones both")
    func readOnlyDirectories() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work", library = folder.path + "/library", out = folder.path + "/out"
            try makeDirectories(work)
            try makeDirectories(library)
            try makeDirectories(out)
            try writeFile(library + "/aging.csv", "code,aging\n")
            try writeFile(out + "/old.csv", "x\n")
            let policy = FileAccessPolicy(workingDirectory: work, allowWrite: [out], allowRead: [library])
            #expect(policy.allowedDirectories(.read) == [work, out, library])
            #expect(try policy.checkRead("../library/aging.csv").read().bytes == Array("code,aging\n".utf8))
            #expect(try policy.checkRead("../out/old.csv").read().bytes == Array("x\n".utf8))
            #expect(!policy.permits("../library/new.csv", .write))
            do throws(FileAccessError) {
                _ = try FileAccessPolicy(workingDirectory: work).checkRead("../library/aging.csv")
                Issue.record("reading outside should be refused")
            } catch {
                #expect(error.description.contains("may read"))
                #expect(error.description.contains("--allow-read"))
                #expect(!error.description.contains("code,aging"))
            }
        }
    }

    @Test func rootAllowsEverything() {
        let policy = FileAccessPolicy(workingDirectory: "/")
        #expect(policy.permits("/tmp/x", .write))
    }

    @Test("a NUL byte, an empty path or a directory name is refused before anything is opened")
    func unusablePaths() throws {
        try withTemporaryFolder { folder in
            let policy = FileAccessPolicy(workingDirectory: folder.path)
            #expect(throws: FileAccessError.invalidPath(path: "a\u{0}/../../x", reason: .holdsNUL)) {
                _ = try policy.checkWrite("a\u{0}/../../x")
            }
            #expect(throws: FileAccessError.invalidPath(path: "", reason: .empty)) { _ = try policy.checkWrite("") }
            for path in ["sub/", "sub/.", "sub/..", "."] {
                #expect(throws: FileAccessError.isDirectory(path: path)) { _ = try policy.checkWrite(path) }
            }
        }
    }

    @Test("reading: a folder, a pipe and a missing file are refused without blocking")
    func readingOnlyRegularFiles() throws {
        try withTemporaryFolder { folder in
            try makeDirectories(folder.path + "/sub")
            #expect(mkfifo(folder.path + "/pipe", 0o600) == 0)
            let policy = FileAccessPolicy(workingDirectory: folder.path)
            #expect(throws: FileAccessError.isDirectory(path: "sub")) { _ = try policy.checkRead("sub").read() }
            #expect(throws: FileAccessError.notRegularFile(path: "pipe")) { _ = try policy.checkRead("pipe").read() }
            #expect(throws: FileAccessError.notFound(path: "nope/x")) { _ = try policy.checkRead("nope/x").read() }
            try writeFile(folder.path + "/big", String(repeating: "x", count: 100))
            #expect(throws: FileAccessError.tooLarge(path: "big", limit: 10)) { _ = try policy.checkRead("big").read(limit: 10) }
        }
    }

    @Test("a loop of links is an error, not a hang")
    func linkLoops() throws {
        try withTemporaryFolder { folder in
            try makeLink(folder.path + "/a", to: "b")
            try makeLink(folder.path + "/b", to: "a")
            let policy = FileAccessPolicy(workingDirectory: folder.path)
            #expect(throws: FileAccessError.system(path: "a/x", operation: .resolve, code: ELOOP)) { _ = try policy.checkWrite("a/x") }
            #expect(throws: FileAccessError.system(path: "a", operation: .resolve, code: ELOOP)) { _ = try policy.checkWrite("a") }
        }
    }
}
