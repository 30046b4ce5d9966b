import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pipe whose descriptors the children spawned meanwhile by other tests do not inherit
/// (close-on-exec; our own child gets its end through dup2, which clears that).
public struct TestPipe {
    public let read: Int32
    public let write: Int32

    public init() throws {
        var fds: [Int32] = [0, 0]
        // pipe2(O_CLOEXEC) is not visible from Swift: close-on-exec right after.
        guard pipe(&fds) == 0 else { throw SpawnedMuniplan.SpawnError(code: errno) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        read = fds[0]
        write = fds[1]
    }

    /// Writes all of `bytes` to the write end; false if the reader has gone (EPIPE).
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(write, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    public func send(_ text: String) { send(Array(text.utf8)) }
}
