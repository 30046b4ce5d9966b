#if canImport(Glibc)
import Glibc
#endif

/// Every entry under a folder, by bytes and without following links: kind, size, inode,
/// modification time and a link's target. Two snapshots differ when anything was created,
/// removed, written, replaced or touched.
public struct TreeSnapshot: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public let kind: String
        public let size: Int64
        public let inode: UInt64
        public let modified: Int64
        public let target: [UInt8]
    }

    /// Relative path (bytes) → entry.
    public let entries: [[UInt8]: Entry]

    /// `excluding`: absolute paths whose subtrees are left out (their own entry is kept,
    /// without the times that change when their contents do).
    public init(_ root: String, excluding: [String] = []) {
        var entries: [[UInt8]: Entry] = [:]
        let skipped = Set(excluding.map { Array($0.utf8) })
        func walk(_ directory: [UInt8], _ prefix: [UInt8]) {
            guard let dir = Self.cString(directory, { opendir($0) }) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = DirectoryEntry.name(entry)
                if name == [0x2E] || name == [0x2E, 0x2E] { continue }
                let path = directory + [0x2F] + name
                var info = stat()
                guard Self.cString(path, { lstat($0, &info) }) == 0 else { continue }
                let kind = info.st_mode & S_IFMT
                let relative = prefix + name
                if skipped.contains(path) {
                    entries[relative] = Entry(kind: "excluded", size: 0, inode: UInt64(info.st_ino), modified: 0, target: [])
                    continue
                }
                var target: [UInt8] = []
                if kind == S_IFLNK {
                    var buffer = [CChar](repeating: 0, count: 4096)
                    let n = Self.cString(path) { readlink($0, &buffer, buffer.count) }
                    target = n > 0 ? buffer[..<n].map { UInt8(bitPattern: $0) } : []
                }
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                entries[relative] = Entry(kind: kind == S_IFDIR ? "dir" : kind == S_IFLNK ? "link" : kind == S_IFREG ? "file" : "other",
                                          size: Int64(info.st_size), inode: UInt64(info.st_ino), modified: modified, target: target)
                if kind == S_IFDIR { walk(path, relative + [0x2F]) }
            }
        }
        walk(Array(root.utf8), [])
        self.entries = entries
    }

    /// What differs from `before`, one readable line a path (escaped bytes).
    public func changes(since before: TreeSnapshot) -> [String] {
        var out: [String] = []
        for (path, entry) in entries where before.entries[path] != entry {
            out.append((before.entries[path] == nil ? "created " : "changed ") + Self.shown(path) + " (\(entry.kind))")
        }
        for path in before.entries.keys where entries[path] == nil { out.append("removed " + Self.shown(path)) }
        return out.sorted()
    }

    /// Path bytes as text, with every byte outside printable ASCII escaped.
    public static func shown(_ bytes: [UInt8]) -> String {
        bytes.map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
    }

    static func cString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
