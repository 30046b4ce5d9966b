#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Absolute paths with `.`, `..` and symbolic links resolved as the kernel would, for the
/// part of a path that exists; the part that does not exist yet is resolved lexically
/// (it will be created as plain directories).
enum PhysicalPath {
    /// `path` made absolute against `base` (itself absolute), then resolved.
    static func resolve(_ path: String, relativeTo base: String) throws(FileWriteError) -> String {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        var current = "/"
        var hops = 0
        var pending = components(absolute)
        while !pending.isEmpty {
            let component = pending.removeFirst()
            switch component {
            case ".": continue
            case "..": current = parent(current)
            default:
                let candidate = join(current, component)
                var info = stat()
                if lstat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
                    hops += 1
                    if hops > 40 { throw FileWriteError.system(path: path, operation: "resolve", code: ELOOP) }
                    let target = try readLink(candidate, original: path)
                    // Follow the link: its target replaces this component.
                    if target.hasPrefix("/") { current = "/" }
                    pending = components(target) + pending
                } else {
                    current = candidate
                }
            }
        }
        return current
    }

    static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return "/" }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }

    static func lastComponent(_ path: String) -> String {
        components(path).last ?? ""
    }

    private static func readLink(_ link: String, original: String) throws(FileWriteError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else { throw FileWriteError.system(path: original, operation: "resolve", code: errno) }
        let bytes = buffer.prefix(count).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The process's working directory.
    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension PhysicalPath {
    /// `.` and `..` resolved without looking at the file system.
    static func lexical(_ path: String, relativeTo base: String) -> String {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [String] = []
        for component in components(absolute) {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
