import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// AtomicFile: temp file + fsync + rename, refusal to overwrite, parents, permissions.
@Suite("Export atomic file writes")
struct ExportAtomicFileTests {
    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    /// The process umask, read without changing it (Linux: /proc/self/status).
    private func umask() -> Int? {
        guard let status = FileManager.default.contents(atPath: "/proc/self/status") else { return nil }
        let line = String(decoding: status, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) }
    }

    @Test func writesANewFileAndCreatesParents() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/a/b/c/coverage.csv"
            try AtomicFile.write(Array("x,y\n".utf8), to: path, overwrite: false)
            #expect(read(path) == "x,y\n")
            #expect(try directoryListing(folder.path + "/a/b/c") == ["coverage.csv"], "no temporary file left")
            if let mask = umask() {
                #expect(try mode(path) == 0o666 & ~mask, "a new file gets 0666 less the umask")
            }
        }
    }

    @Test func refusesToOverwriteUnlessAsked() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/out.csv"
            try AtomicFile.write(Array("old".utf8), to: path, overwrite: false)
            #expect(throws: FileWriteError.exists(path: path)) {
                try AtomicFile.write(Array("new".utf8), to: path, overwrite: false)
            }
            #expect(read(path) == "old")
            #expect(try directoryListing(folder.path) == ["out.csv"], "no temporary file left after a refusal")
            try AtomicFile.write(Array("new".utf8), to: path, overwrite: true)
            #expect(read(path) == "new")
            #expect(try directoryListing(folder.path) == ["out.csv"])
            #expect(FileWriteError.exists(path: "out.csv").description.contains("already exists"))
        }
    }

    @Test func keepsPermissionBitsOfAnExistingFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/plan.plan"
            try AtomicFile.write(Array("one".utf8), to: path, overwrite: false)
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
            try AtomicFile.write(Array("two".utf8), to: path, overwrite: true)
            #expect(try mode(path) == 0o640)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            try AtomicFile.write(Array("three".utf8), to: path, overwrite: true)
            #expect(try mode(path) == 0o755)
            #expect(read(path) == "three")
        }
    }

    @Test func writesThroughASymbolicLinkAndKeepsIt() throws {
        try withTemporaryFolder { folder in
            try AtomicFile.write(Array("old".utf8), to: folder.path + "/real.csv", overwrite: false)
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.csv", withDestinationPath: "real.csv")
            try AtomicFile.write(Array("new".utf8), to: folder.path + "/link.csv", overwrite: true)
            #expect(read(folder.path + "/real.csv") == "new")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/link.csv") == "real.csv")
            #expect(try directoryListing(folder.path) == ["link.csv", "real.csv"])
        }
    }

    @Test func refusesDirectories() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: false)
            #expect(throws: FileWriteError.isDirectory(path: folder.path + "/sub")) {
                try AtomicFile.write([1], to: folder.path + "/sub", overwrite: true)
            }
            #expect(throws: FileWriteError.isDirectory(path: folder.path + "/new/")) {
                try AtomicFile.write([1], to: folder.path + "/new/", overwrite: true)
            }
            #expect(try directoryListing(folder.path + "/sub").isEmpty)
        }
    }

    @Test func aFileInTheWayOfAParentIsAnErrorAndLeavesNothing() throws {
        try withTemporaryFolder { folder in
            try AtomicFile.write(Array("x".utf8), to: folder.path + "/blocker", overwrite: false)
            do throws(FileWriteError) {
                try AtomicFile.write([1], to: folder.path + "/blocker/out.csv", overwrite: false)
                Issue.record("writing under a regular file should fail")
            } catch {
                guard case let .system(_, _, code) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(code == ENOTDIR)
                #expect(error.description.contains("blocker"))
            }
            #expect(try directoryListing(folder.path) == ["blocker"])
        }
    }

    @Test func emptyContentAndLargeContent() throws {
        try withTemporaryFolder { folder in
            try AtomicFile.write([], to: folder.path + "/empty", overwrite: false)
            #expect(read(folder.path + "/empty") == "")
            let big = [UInt8](repeating: 0x41, count: 3_000_000)
            try AtomicFile.write(big, to: folder.path + "/big", overwrite: false)
            #expect(FileManager.default.contents(atPath: folder.path + "/big").map([UInt8].init) == big)
        }
    }

    @Test("the file goes where the location was checked, even if the path is redirected in between")
    func writesThroughTheCheckedDirectory() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work", outside = folder.path + "/outside"
            try makeDirectories(work + "/sub")
            try makeDirectories(outside)
            let location = try FileAccessPolicy(workingDirectory: work).checkWrite("sub/x.csv")
            // Swap the checked directory for a link that leads out.
            #expect(rename(work + "/sub", work + "/moved") == 0)
            try makeLink(work + "/sub", to: outside)
            try AtomicFile.write(Array("x".utf8), to: location, overwrite: false)
            #expect(read(work + "/moved/x.csv") == "x")
            #expect(try directoryListing(outside).isEmpty)
        }
    }

    @Test("a link put where a missing directory was to be made is not followed")
    func missingDirectoriesAreMadeWithoutFollowingLinks() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work", outside = folder.path + "/outside"
            try makeDirectories(work)
            try makeDirectories(outside)
            let location = try FileAccessPolicy(workingDirectory: work).checkWrite("new/deeper/x.csv")
            try makeLink(work + "/new", to: outside)
            do throws(FileWriteError) {
                try AtomicFile.write(Array("x".utf8), to: location, overwrite: false)
                Issue.record("the write should fail rather than follow the link")
            } catch {
                guard case .system(_, .createDirectory, _) = error else { Issue.record("unexpected \(error)"); return }
                #expect(error.description.contains("create directory"), "\(error)")
            }
            #expect(try directoryListing(outside).isEmpty)
        }
    }

    @Test func concurrentNoOverwriteWritesLeaveOneWinner() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let path = folder.path + "/race.csv"
            let wins = await withTaskGroup(of: Bool.self) { group in
                for i in 0..<8 {
                    group.addTask { (try? AtomicFile.write(Array("writer \(i)".utf8), to: path, overwrite: false)) != nil }
                }
                var wins = 0
                for await won in group where won { wins += 1 }
                return wins
            }
            #expect(wins == 1)
            #expect(try directoryListing(folder.path) == ["race.csv"])
        }
    }
}
