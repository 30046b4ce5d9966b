#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes and which file they came from.
public struct FileContents: Sendable {
    public let bytes: [UInt8]
    public let identity: FileIdentity
}

extension FileLocation {
    /// No file muniplan reads is this large; a bigger one is a mistake (or an attack) and
    /// would only exhaust memory. Readers pass their kind's own limit (`InputLimits`).
    public static let readLimit = 1 << 30

    /// The whole file, opened through the resolved directory without following a link
    /// (links were followed when resolving, so one here appeared since). Only regular
    /// files are read: a pipe or a device could block or never end.
    public func read(limit: Int = readLimit) throws(FileAccessError) -> FileContents {
        guard missingDirectories.isEmpty else { throw .notFound(path: shownAs) }
        let fd = PathBytes.withCString(name) {
            openat(directory.fd, $0, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        }
        guard fd >= 0 else {
            let code = errno
            throw code == ENOENT ? .notFound(path: shownAs) : .system(path: shownAs, operation: .read, code: code)
        }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(path: shownAs, operation: .read, code: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .isDirectory(path: shownAs)
        default: throw .notRegularFile(path: shownAs)
        }
        guard info.st_size <= limit else { throw .tooLarge(path: shownAs, limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: shownAs, operation: .read, code: errno)
            }
            // The file may grow while it is read.
            guard bytes.count + count <= limit else { throw .tooLarge(path: shownAs, limit: limit) }
            bytes += chunk[..<count]
        }
        return FileContents(bytes: bytes, identity: FileIdentity(info))
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
