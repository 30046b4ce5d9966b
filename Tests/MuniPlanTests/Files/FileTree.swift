import Foundation
import FuzzSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

// Building and listing file trees by bytes for the path-confinement tests: Foundation's
// path APIs may normalise or re-encode names, and these tests are about exact bytes.

/// `mkdir -p` by bytes (0755).
func makeDirectories(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var current = ""
    for part in path.utf8.split(separator: 0x2F) {
        current += "/" + String(decoding: part, as: UTF8.self)
        _ = mkdir(current, 0o755)
    }
    var info = stat()
    try #require(stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR, "cannot make \(path)", sourceLocation: sourceLocation)
}

/// A symbolic link at `path` whose target is `target`, exactly.
func makeLink(_ path: String, to target: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try #require(symlink(target, path) == 0, "cannot link \(path)", sourceLocation: sourceLocation)
}

/// Writes `text` to `path` (no atomicity needed in setup).
func writeFile(_ path: String, _ text: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    try #require(fd >= 0, "cannot create \(path)")
    defer { close(fd) }
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
}

/// Every entry under `root` (not following links) as relative byte paths, sorted, with
/// the size of each regular file: two listings differ when anything was created,
/// removed or written.
func treeListing(_ root: String) -> [String] {
    var out: [String] = []
    func walk(_ directory: String, _ prefix: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = String(decoding: DirectoryEntry.name(entry), as: UTF8.self)
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            out.append(prefix + name + (kind == S_IFDIR ? "/" : kind == S_IFLNK ? "@" : " \(info.st_size)"))
            if kind == S_IFDIR { walk(path, prefix + name + "/") }
        }
    }
    walk(root, "")
    return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
}

/// The kernel's canonical path of an existing path, as bytes; nil when it does not exist.
func realPathBytes(_ path: [UInt8]) -> [UInt8]? {
    guard let resolved = (path + [0]).withUnsafeBufferPointer({ buffer in
        buffer.withMemoryRebound(to: CChar.self) { realpath($0.baseAddress!, nil) }
    }) else { return nil }
    defer { free(resolved) }
    return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
}

/// `path` is `directory` or below it, comparing bytes.
func isInside(_ path: [UInt8], _ directory: [UInt8]) -> Bool {
    path == directory || path.starts(with: directory + [0x2F])
}
