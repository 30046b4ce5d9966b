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
        // Straight into the array, sized by fstat with a byte over to see a file that grew:
        // a 64 KiB chunk in between copied every byte twice (2.3 MB for Japan's series).
        var failure: Int32 = 0
        let size = Int(info.st_size)
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, filled in
            while filled < buffer.count, let base = buffer.baseAddress {
                let count = systemRead(fd, base + filled, buffer.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                filled += count
            }
        }
        if failure != 0 { throw .system(path: shownAs, operation: .read, code: failure) }
        guard bytes.count <= limit else { throw .tooLarge(path: shownAs, limit: limit) }
        // The file grew while it was read: the rest a chunk at a time.
        var chunk = [UInt8](repeating: 0, count: bytes.count > size ? 1 << 16 : 0)
        while bytes.count > size {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: shownAs, operation: .read, code: errno)
            }
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
