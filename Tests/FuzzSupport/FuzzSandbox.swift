import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway tree for one fuzz batch: a working directory to run in, full of links that
/// lead out and of hostile names, and around it folders a script may neither write nor read.
///
///     ROOT/                          watched: everything but a/b/c/d/e/work
///       data/                        the data directory of the run (--data)
///       home/                        HOME of the run (`~/x` is outside), secret too
///       outside/                     secret files, S3CR3T on every line
///       a/b/c/d/e/outside/           a sibling of work, secret too
///       a/b/c/d/e/allowed/           given as --allow-write in some batches (then not watched)
///       a/b/c/d/e/work/              the working directory
///
/// The working directory sits five folders deep so that the `../` a mutation adds to a path
/// still lands inside ROOT, where the snapshot sees it.
public struct FuzzSandbox {
    public let root: String
    public let work: String
    public let data: String
    public let home: String
    public let allowed: String
    public let outsides: [String]

    /// The first characters of every line of every secret file: output showing them leaked one.
    public static let secret = "S3CR3T"

    /// Files in the working directory, name and contents; generated lines read and write
    /// these. Not a dictionary: to Swift the two デ names are equal, to the kernel they are not.
    public static let insideFiles: [(name: String, text: String)] = [
        ("inside.plan", "assign advisor hinoemata\nexpect covered advisor hinoemata\n"),
        ("self.plan", "run self.plan\n"),
        ("nest.plan", "run nest2.plan\n"),
        ("nest2.plan", "run nest.plan\n"),
        ("kg.plan", "bogus\nexpect kpi advisor met\nassign advisor 檜枝岐\n"),
        ("expect.plan", "expect kpi advisor met\nexpect covered advisor all\n"),
        ("out.plan", "export kpi --to ../outside/x.csv\nrun link/secret.plan\nsave ../../x.plan\n"),
        ("sub/deep.plan", "run ../inside.plan\nexport kpi --to ../../outside/y.csv\nindicators load ../../outside/secret.csv\n"),
        ("ind.csv", "code,aging,cost\n072010,31.5,10\n073644,52,5\n"),
        ("bad.csv", "code,aging\n072010,abc\n,\n"),
        ("bad.toml", "[support]\nadvisor = 1\n"),
        ("existing.csv", "old\n"),
        ("existing.plan", "kpi\n"),
        ("a b.plan", "kpi\n"),
        ("it's.plan", "districts\n"),
        ("-rf.csv", "old\n"),
        ("semi;colon.plan", "items\n"),
        ("#hash.plan", "items\n"),
        ("back\\slash.plan", "items\n"),
        ("new\nline.plan", "items\n"),
        ("tab\tname.csv", "old\n"),
        ("esc\u{1B}[31m.plan", "items\n"),
        ("\u{30C6}\u{3099}.plan", "items\n"),  // デ decomposed
        ("\u{30C7}.plan", "items\n"),  // デ composed
        ("\u{202E}lmth.plan", "items\n"),
        ("ｆｕｌｌ.plan", "items\n"),
        ("...", "old\n"),
        (" lead.plan", "items\n"),
        ("\u{301}x.plan", "items\n"),
        ("x\u{200D}.csv", "old\n"),
        ("データ/in.plan", "items\n"),
        (".x.csv.tmp-999999999-zz", "a stale temporary of a process that does not exist\n"),
    ]

    /// Links in the working directory: name and target, most of them leading out.
    public static let links: [(name: String, target: String)] = [
        ("link", "../outside"),
        ("uplink", "../../../../../outside"),
        ("filelink.csv", "../outside/existing.csv"),
        ("filelink.plan", "../outside/secret.plan"),
        ("dangling.csv", "../outside/new.csv"),
        ("dangdir", "../outside/newdir"),
        ("loop", "loop"),
        ("selflink", "."),
        ("sub/up", ".."),
        ("cwd", "/proc/self/cwd"),
    ]

    /// What each outside folder holds: a leak of any of it shows S3CR3T.
    static let secretFiles: [String: String] = [
        "secret.txt": "S3CR3T-1 root:x:0:0\nS3CR3T-2 token\n",
        "secret.plan": "S3CR3T-plan line one\nS3CR3T-plan line two\n",
        "secret.csv": "S3CR3T,aging\n072010,S3CR3T\n",
        "secret.toml": "S3CR3T = 1\n[S3CR3T]\nS3CR3T-key = \"S3CR3T\"\n",
        "existing.csv": "S3CR3T-old\n",
        "existing.plan": "S3CR3T-old\n",
        ".existing.csv.tmp-999999999-zz": "S3CR3T-stale\n",
    ]

    /// A fresh tree under the system's temporary folder: `dataFiles` (name → bytes) in
    /// ROOT/data, `uptakeModel` as work/model.toml.
    public init(dataFiles: [String: [UInt8]], uptakeModel: [UInt8]) throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/muniplan-fuzz-" + UUID().uuidString.prefix(8)
        let deep = root + "/a/b/c/d/e"
        work = deep + "/work"
        data = root + "/data"
        home = root + "/home"
        allowed = deep + "/allowed"
        outsides = [root + "/outside", deep + "/outside", home]
        for directory in [data, allowed, work + "/sub", work + "/データ"] + outsides { try Self.makeDirectories(directory) }
        for (name, bytes) in dataFiles { try Self.write(data + "/" + name, bytes) }
        for outside in outsides {
            for (name, text) in Self.secretFiles { try Self.write(outside + "/" + name, Array(text.utf8)) }
        }
        for (name, text) in Self.insideFiles { try Self.write(work + "/" + name, Array(text.utf8)) }
        try Self.write(work + "/model.toml", uptakeModel)
        // A name that is not UTF-8: listings (stale temporaries) must take it.
        try Self.write(work + "/", [0xFF, 0xFE, 0x2E, 0x63, 0x73, 0x76], Array("old\n".utf8))
        for (name, target) in Self.links { _ = symlink(target, work + "/" + name) }
        _ = symlink(root + "/outside", work + "/abslink")
    }

    /// The placeholders generated lines use for absolute paths, made real.
    public func expand(_ line: String) -> String {
        guard line.contains("@") else { return line }
        return line.replacingOccurrences(of: "@ROOT@", with: root).replacingOccurrences(of: "@WORK@", with: work)
    }

    /// The same for a file's bytes, which need not be UTF-8.
    public func expand(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        let placeholders = [(Array("@ROOT@".utf8), Array(root.utf8)), (Array("@WORK@".utf8), Array(work.utf8))]
        outer: while i < bytes.count {
            for (placeholder, value) in placeholders where bytes[i...].starts(with: placeholder) {
                out += value
                i += placeholder.count
                continue outer
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// Everything a run must leave as it was: the tree without the working directory and,
    /// when it was allowed, the allowed folder.
    public func watched(allowing: Bool = false) -> TreeSnapshot {
        TreeSnapshot(root, excluding: [work] + (allowing ? [allowed] : []))
    }

    public func remove() { try? FileManager.default.removeItem(atPath: root) }

    static func makeDirectories(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    static func write(_ path: String, _ bytes: [UInt8]) throws {
        try write(path, [], bytes)
    }

    /// Writes `bytes` to the file `directory + name` (name as raw bytes, for names that are not UTF-8).
    static func write(_ prefix: String, _ name: [UInt8], _ bytes: [UInt8]) throws {
        let path = Array(prefix.utf8) + name
        if let slash = path.lastIndex(of: 0x2F), slash > 0 {
            try makeDirectories(String(decoding: path[..<slash], as: UTF8.self))
        }
        let fd = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        }
        guard fd >= 0 else { throw SandboxError(path: String(decoding: path, as: UTF8.self), code: errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw SandboxError(path: String(decoding: path, as: UTF8.self), code: errno) }
            offset += n
        }
    }

    public struct SandboxError: Error, CustomStringConvertible {
        public let path: String
        public let code: Int32
        public var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }
}
