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

    /// Why a path cannot name a file at all.
    public enum PathProblem: Sendable, Equatable {
        case empty
        case holdsNUL
        /// Relative, and the folder it is relative to is itself relative.
        case relativeToRelative

        var message: Message {
            switch self {
            case .empty: Message.Files.pathEmpty
            case .holdsNUL: Message.Files.pathHoldsNul
            case .relativeToRelative: Message.Files.pathRelativeToRelative
            }
        }
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
    case invalidPath(path: String, reason: PathProblem)
    /// A system call failed: `operation` is what was being done, `code` the errno.
    case system(path: String, operation: FileOperation, code: Int32)

    public var message: Message {
        switch self {
        case let .outsideAllowedArea(path, resolved, allowed, access):
            let shown = resolved == path ? Message.Files.path(path: path) : Message.Files.pathResolved(path: path, resolved: resolved)
            let lookalike: any MessageArgument = Self.looksInside(resolved, allowed) ? Message.Files.looksInside : ""
            let list = MessageList(allowed)
            return access == .read
                ? Message.Files.outsideRead(shown: shown, allowed: list, lookalike: lookalike)
                : Message.Files.outsideWrite(shown: shown, allowed: list, lookalike: lookalike)
        case let .notFound(path): return Message.Files.notFound(path: path)
        case let .isDirectory(path): return Message.Files.isDirectory(path: path)
        case let .notRegularFile(path): return Message.Files.notRegularFile(path: path)
        case let .tooLarge(path, limit): return Message.Files.tooLarge(path: path, limit: InputLimits.size(limit))
        case let .invalidPath(path, reason): return Message.Files.invalidPath(path: path, reason: reason.message)
        case let .system(path, operation, code): return operation.failed(path: path, reason: FileWriteError.reason(for: code))
        }
    }

    public var description: String { message.description }

    /// Whether the resolved path only looks as if it were inside: String comparison
    /// (canonical equivalence) finds an allowed prefix that the bytes do not have. Only
    /// for the message; the decision never compares Strings.
    static func looksInside(_ resolved: String, _ allowed: [String]) -> Bool {
        let bytes = Array(resolved.utf8)
        return allowed.contains { dir in
            resolved.hasPrefix(dir + "/") && !bytes.starts(with: Array(dir.utf8) + [PathBytes.slash])
        }
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
