@preconcurrency import Glibc
import CInterrupt

/// Writing bytes to a file descriptor with write(2): every byte, through partial writes and
/// EINTR, or a reason why not. No Foundation FileHandle: its write traps on any error.
enum DescriptorWriter {
    enum Failure: Equatable {
        /// The reader went away (EPIPE): a `| head` that has read enough.
        case closed
        /// Ctrl-C while the write was blocked (a full pipe nobody reads): the rest is dropped.
        case interrupted
        /// Anything else (ENOSPC on /dev/full, EIO, EBADF): the errno.
        case failed(Int32)
    }

    static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Failure? {
        let bytes = Array(bytes)
        return bytes.withUnsafeBytes { buffer -> Failure? in
            guard var next = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, next, left)
                if written > 0 {
                    next += written
                    left -= written
                    continue
                }
                let code = written < 0 ? errno : EIO
                switch code {
                case EINTR:
                    if muniplan_interrupted() != 0 { return .interrupted }
                case EAGAIN:
                    // A descriptor inherited in non-blocking mode: wait until it takes more.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    if muniplan_interrupted() != 0 { return .interrupted }
                case EPIPE: return .closed
                default: return .failed(code)
                }
            }
            return nil
        }
    }
}
