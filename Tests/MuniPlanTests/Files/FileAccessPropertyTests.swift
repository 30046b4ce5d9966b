import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Random byte paths against a tree of directories and links pointing in and out: every
/// path the policy accepts resolves inside an allowed directory, every write lands there,
/// and nothing outside the allowed directories changes.
@Suite("File access policy: random paths")
struct FileAccessPropertyTests {
    static let composed = "\u{30C7}\u{30FC}\u{30BF}"          // データ
    static let decomposed = "\u{30C6}\u{3099}\u{30FC}\u{30BF}" // デ as テ + U+3099

    /// Path pieces: dot names, fusing marks, look-alike names, links in and out.
    static let atoms = [
        "..", "..", ".", "", "sub", "a", "b", "x.csv", "\u{301}", "\u{200D}", "\u{FE0F}", "..\u{301}", "\u{301}..",
        ".\u{200D}.", composed, decomposed, "outside", "shared", "l_in", "l_out", "l_abs", "l_up", "l_loop",
        "l_file_out", "l_file_in", "l_shared", "l_back", "l_dangling", "l_work",
    ]

    static func path(_ g: inout RandomSource, work: String, deep: String) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...8, using: &g) {
            var atom = atoms.randomElement(using: &g)!
            // Sometimes glue two atoms without a slash: `..` + a mark, a name + ZWJ.
            if Int.random(in: 0..<5, using: &g) == 0 { atom += atoms.randomElement(using: &g)! }
            parts.append(atom)
        }
        let relative = parts.joined(separator: "/")
        switch Int.random(in: 0..<10, using: &g) {
        case 0: return work + "/" + relative
        case 1: return deep + "/" + relative
        default: return relative
        }
    }

    /// On tmpfs when there is one: each write fsyncs twice, which costs a disk seconds.
    func withFastTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let shm = "/dev/shm"
        guard access(shm, W_OK) == 0 else { return try withTemporaryFolder { try body($0.path) } }
        let root = shm + "/muniplan-paths-\(UUID().uuidString)"
        try makeDirectories(root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try body(root)
    }

    struct Tree {
        let root: String, deep: String, work: String, shared: String, outside: String
    }

    /// root/d1/…/d10/{データ (the working directory), shared (--allow-write), library
    /// (--allow-read), outside}, deep enough that ten `..` stay inside root.
    static func makeTree(_ root: String) throws -> Tree {
        let deep = root + (1...10).map { "/d\($0)" }.joined()
        let work = deep + "/" + composed, shared = deep + "/shared", outside = deep + "/outside"
        for dir in [work + "/sub", work + "/" + decomposed, shared, outside, deep + "/library"] { try makeDirectories(dir) }
        try writeFile(outside + "/f.txt", "outside\n")
        try writeFile(work + "/sub/in.txt", "inside\n")
        try writeFile(deep + "/library/lib.txt", "library\n")
        try makeLink(work + "/l_in", to: "sub")
        try makeLink(work + "/l_out", to: "../outside")
        try makeLink(work + "/l_abs", to: outside)
        try makeLink(work + "/l_up", to: "..")
        try makeLink(work + "/l_loop", to: "l_loop")
        try makeLink(work + "/l_file_out", to: "../outside/f.txt")
        try makeLink(work + "/l_file_in", to: "sub/in.txt")
        try makeLink(work + "/l_shared", to: "../shared")
        try makeLink(work + "/sub/l_back", to: "../..")
        try makeLink(work + "/l_dangling", to: "../outside/new/x")
        try makeLink(outside + "/l_work", to: work)
        return Tree(root: root, deep: deep, work: work, shared: shared, outside: outside)
    }

    @Test("4,000 random byte paths: accepted ones resolve inside, writes land inside, nothing outside changes")
    func randomPaths() throws {
        try withFastTemporaryDirectory { root in
            let tree = try Self.makeTree(root)
            let before = treeListing(root)
            let policy = FileAccessPolicy(workingDirectory: tree.work, allowWrite: [tree.shared], allowRead: ["../library"])
            let writable = [tree.work, tree.shared].compactMap { realPathBytes(Array($0.utf8)) }
            let readable = writable + [realPathBytes(Array((tree.deep + "/library").utf8))].compactMap { $0 }
            var g = RandomSource(seed: 20261201)
            var counts = (accepted: 0, refused: 0, written: 0, writeFailed: 0, read: 0, readRefused: 0)
            let fixed = ["../\u{301}d/x.csv", "../\u{200D}d/x.csv", "../\u{FE0F}d/x.csv", "l_out/\u{301}x.sh",
                         "../\(Self.decomposed)/x.csv", "l_dangling", "sub/l_back/x"]
            let paths = fixed + (0..<4_000).map { _ in Self.path(&g, work: tree.work, deep: tree.deep) }
            for path in paths {
                let shown = path.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
                if let location = try? policy.checkRead(path), let contents = try? location.read() {
                    counts.read += 1
                    let file = realPathBytes(location.pathBytes) ?? []
                    #expect(readable.contains { isInside(file, $0) }, "read outside: \(shown) → \(location.path)")
                    #expect(contents.bytes != Array("outside\n".utf8), "\(shown)")
                } else {
                    counts.readRefused += 1
                }
                guard let location = try? policy.checkWrite(path) else {
                    counts.refused += 1
                    continue
                }
                counts.accepted += 1
                do throws(FileWriteError) {
                    try AtomicFile.write(Array("w".utf8), to: location, overwrite: true)
                } catch {
                    // The only expected failure: an earlier write made that name a directory.
                    if case .isDirectory = error {} else { Issue.record("\(shown): \(error)") }
                    counts.writeFailed += 1
                    continue
                }
                counts.written += 1
                // Where the file is now, asked of the kernel: its parent's canonical path.
                let parent = realPathBytes(location.missingDirectories.reduce(location.directoryPath, PathBytes.join))
                #expect(parent.map { p in writable.contains { isInside(p, $0) } } == true, "wrote outside: \(shown) → \(location.path)")
                // And the path as given, where the kernel can resolve its parent.
                let absolute = PathBytes.absolute(path, from: tree.work)
                if let kernel = realPathBytes(Array(PathBytes.directoryPart(absolute).utf8)) {
                    #expect(writable.contains { isInside(kernel, $0) }, "the kernel resolves \(shown) outside")
                }
            }
            // Nothing outside the writable directories was created, removed or changed.
            let workPrefix = String(tree.work.dropFirst(root.count + 1)) + "/"
            let sharedPrefix = String(tree.shared.dropFirst(root.count + 1)) + "/"
            let changed = Set(treeListing(root)).symmetricDifference(before)
                .filter { !$0.utf8.starts(with: workPrefix.utf8) && !$0.utf8.starts(with: sharedPrefix.utf8) }
            #expect(changed.isEmpty, "changed outside: \(changed.sorted())")
            print("file access property: \(paths.count) paths; writes: \(counts.accepted) accepted (\(counts.written) written, "
                  + "\(counts.writeFailed) failed), \(counts.refused) refused; reads: \(counts.read) read, \(counts.readRefused) refused")
            // The generator must exercise both sides.
            #expect(counts.written > 200 && counts.refused > 200 && counts.read > 50, "\(counts)")
        }
    }
}
