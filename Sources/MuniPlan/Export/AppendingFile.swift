#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adds bytes at the end of a file (`COMMAND >> FILE`), making it (and its missing folders)
/// when it does not exist. Appending cannot be atomic as a replacement is, so it is made as
/// safe as it can be: the file is opened through the location's open directory (what a
/// policy checked is what is written), a link put in the name's place since is refused
/// (O_NOFOLLOW), a directory is refused, and the bytes go in one `write(2)` with O_APPEND,
/// so two writers' lines do not interleave and nothing already there is touched.
public enum AppendingFile {
    public static func append(_ bytes: [UInt8], to location: FileLocation) throws(FileWriteError) {
        try write(bytes, to: location, flags: O_APPEND | O_CREAT)
    }

    /// Writes to the terminal, /dev/null or FIFO already at `location` (`COMMAND > FILE`
    /// there), in place: a stream cannot be replaced atomically and must not be replaced at all.
    static func writeStream(_ bytes: [UInt8], to location: FileLocation) throws(FileWriteError) {
        try write(bytes, to: location, flags: 0)
    }

    private static func write(_ bytes: [UInt8], to location: FileLocation, flags extra: Int32) throws(FileWriteError) {
        let path = location.shownAs
        let directory = try AtomicFile.createDirectories(location)
        // O_NONBLOCK: a FIFO nobody reads fails now instead of hanging the prompt.
        let fd = PathBytes.withCString(location.name) {
            openat(directory.fd, $0, O_WRONLY | extra | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o666)
        }
        guard fd >= 0 else {
            if errno == EISDIR { throw .isDirectory(path: path) }
            throw .system(path: path, operation: .create, code: errno)
        }
        // Blocking again once open: a reader of a FIFO takes 64 KiB at a time, and a
        // non-blocking write of more would fail with EAGAIN part-way.
        let flags = fcntl(fd, F_GETFL)
        if flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0 {
            let code = errno
            _ = close(fd)
            throw .system(path: path, operation: .create, code: code)
        }
        do throws(FileWriteError) {
            try AtomicFile.writeAll(bytes, to: fd, shownAs: path)
        } catch {
            _ = close(fd)
            throw error
        }
        var info = stat()
        // A regular file is flushed, as exports are; a terminal or /dev/null has nothing to flush.
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, fsync(fd) != 0 {
            let code = errno
            _ = close(fd)
            throw .system(path: path, operation: .flush, code: code)
        }
        guard close(fd) == 0 else { throw .system(path: path, operation: .close, code: errno) }
    }
}
