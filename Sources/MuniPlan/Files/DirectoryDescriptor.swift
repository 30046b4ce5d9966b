#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open directory, closed when the last reference goes. Names are looked up relative
/// to it (`openat` and friends), so what is checked is what is later written or read,
/// whatever happens to the path's text in between.
final class DirectoryDescriptor {
    let fd: Int32

    private init(adopting fd: Int32) { self.fd = fd }

    deinit { _ = close(fd) }

    /// Enough to look names up and to stat; needs no read permission (O_PATH on Linux).
    /// Glibc's module hides O_PATH (it needs _GNU_SOURCE); its value is 010000000 in the
    /// kernel's generic fcntl.h, which x86-64 and arm64 use.
    #if os(Linux) && (arch(x86_64) || arch(arm64))
    static let flags: Int32 = 0o10000000 | O_DIRECTORY | O_CLOEXEC
    #else
    static let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC
    #endif

    static func root() -> Result<DirectoryDescriptor, Errno> {
        let fd = open("/", flags)
        return fd >= 0 ? .success(DirectoryDescriptor(adopting: fd)) : .failure(Errno(errno))
    }

    /// The directory `name` in this one. A symbolic link is not followed (O_NOFOLLOW):
    /// callers resolve links themselves, so that every step is seen and counted.
    func directory(_ name: [UInt8]) -> Result<DirectoryDescriptor, Errno> {
        let fd = PathBytes.withCString(name) { openat(self.fd, $0, Self.flags | O_NOFOLLOW) }
        guard fd >= 0 else { return .failure(Errno(errno)) }
        let opened = DirectoryDescriptor(adopting: fd)
        // O_PATH | O_NOFOLLOW on a link that appeared since it was stat'ed gives the link.
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Errno(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return .failure(Errno(ENOTDIR)) }
        return .success(opened)
    }

    /// `..`, as the kernel has it: the physical parent, whatever path led here.
    func parent() -> Result<DirectoryDescriptor, Errno> {
        let fd = openat(self.fd, "..", Self.flags)
        return fd >= 0 ? .success(DirectoryDescriptor(adopting: fd)) : .failure(Errno(errno))
    }

    var identity: FileIdentity? { FileIdentity(descriptor: fd) }

    /// `name` in this directory as `lstat` sees it; nil when it does not exist.
    func status(of name: [UInt8]) -> Result<stat?, Errno> {
        var info = stat()
        let result = PathBytes.withCString(name) { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) }
        if result == 0 { return .success(info) }
        return errno == ENOENT ? .success(nil) : .failure(Errno(errno))
    }

    /// The target of the symbolic link `name` in this directory, as bytes.
    func linkTarget(_ name: [UInt8]) -> Result<[UInt8], Errno> {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = PathBytes.withCString(name) { path in
            buffer.withUnsafeMutableBufferPointer { out in
                out.withMemoryRebound(to: CChar.self) { readlinkat(fd, path, $0.baseAddress!, $0.count) }
            }
        }
        guard count >= 0 else { return .failure(Errno(errno)) }
        guard count < buffer.count else { return .failure(Errno(ENAMETOOLONG)) }
        return .success(Array(buffer.prefix(count)))
    }
}

/// An `errno` value, carried as an error.
struct Errno: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
