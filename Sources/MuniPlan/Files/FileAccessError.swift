#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a path could not be resolved, read, or was refused by the `FileAccessPolicy`.
/// Messages name the path as it was given, never the file's contents.
public enum FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Reading or writing, for messages and for the option that allows more.
    public enum Access: String, Sendable {
        case read, write
    }

    /// The path resolves outside every directory allowed for `access`.
    case outsideAllowedArea(path: String, resolved: String, allowed: [String], access: Access)
    /// Nothing exists at the path (to read).
    case notFound(path: String)
    /// The path names a directory, where a file is wanted.
    case isDirectory(path: String)
    /// A device, a pipe or a socket: reading could block or never end.
    case notRegularFile(path: String)
    /// The file is larger than muniplan reads of its kind (`InputLimits`).
    case tooLarge(path: String, limit: Int)
    /// The path itself cannot be used: empty, or holding a NUL byte.
    case invalidPath(path: String, reason: String)
    /// A system call failed: `operation` is what was being done, `code` the errno.
    case system(path: String, operation: String, code: Int32)

    public var description: String {
        switch self {
        case let .outsideAllowedArea(path, resolved, allowed, access):
            let shown = resolved == path ? "'\(path)'" : "'\(path)' (\(resolved))"
            let verb = access == .read ? "read" : "write to"
            return "\(shown) is outside the directories a script may \(verb) (\(allowed.joined(separator: ", "))); "
                + Self.lookalikeNote(resolved, allowed)
                + "start muniplan with --allow-\(access.rawValue) DIR to allow another"
        case let .notFound(path): return "no such file: '\(path)'"
        case let .isDirectory(path): return "'\(path)' is a directory, not a file name"
        case let .notRegularFile(path): return "'\(path)' is not a regular file (a device, a pipe or a socket): not read"
        case let .tooLarge(path, limit):
            return "'\(path)' is larger than \(InputLimits.describe(limit)), the most muniplan reads of such a file: not read "
                + "(split it into smaller files)"
        case let .invalidPath(path, reason): return "'\(path)' cannot be a file name: it is \(reason)"
        case let .system(path, operation, code): return "cannot \(operation) '\(path)': \(FileWriteError.message(for: code))"
        }
    }

    /// Said when the resolved path only looks as if it were inside: String comparison
    /// (canonical equivalence) finds an allowed prefix that the bytes do not have. Only
    /// for the message; the decision never compares Strings.
    static func lookalikeNote(_ resolved: String, _ allowed: [String]) -> String {
        let bytes = Array(resolved.utf8)
        let looksInside = allowed.contains { dir in
            resolved.hasPrefix(dir + "/") && !bytes.starts(with: Array(dir.utf8) + [PathBytes.slash])
        }
        return looksInside ? "it only looks inside: its bytes differ (another Unicode form, or invisible characters); " : ""
    }

    /// The closest errno, for callers that report failures as system errors.
    public var code: Int32 {
        switch self {
        case .outsideAllowedArea: EACCES
        case .notFound: ENOENT
        case .isDirectory: EISDIR
        case .notRegularFile, .invalidPath: EINVAL
        case .tooLarge: EFBIG
        case let .system(_, _, code): code
        }
    }
}
