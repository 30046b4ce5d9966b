#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file was not written. Nothing was changed on disk when one of these is thrown.
public enum FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists and overwriting was not asked for.
    case exists(path: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The path names a disk device or a socket: neither is written to nor replaced.
    case notAFile(path: String)
    /// A system call failed: `operation` is what was being done, `code` the errno.
    case system(path: String, operation: FileOperation, code: Int32)

    public var message: Message {
        switch self {
        case let .exists(path): Message.Files.exists(path: path)
        case let .isDirectory(path): Message.Files.isDirectory(path: path)
        case let .notAFile(path): Message.Files.notAFile(path: path)
        case let .system(path, operation, code): operation.failed(path: path, reason: Self.reason(for: code))
        }
    }

    public var description: String { message.description }

    /// The system's words for an errno (the C library's, in English whatever the language:
    /// they are what a search engine or an administrator recognises).
    static func reason(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
