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
    /// A system call failed: `operation` is what was being done, `code` the errno.
    case system(path: String, operation: String, code: Int32)

    public var description: String {
        switch self {
        case let .exists(path):
            return "'\(path)' already exists; not overwritten (use --force to replace it)"
        case let .isDirectory(path):
            return "'\(path)' is a directory, not a file name"
        case let .system(path, operation, code):
            return "cannot \(operation) '\(path)': \(Self.message(for: code))"
        }
    }

    static func message(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
