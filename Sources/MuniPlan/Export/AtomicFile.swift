#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old contents or the new, never a mix, and a
/// crash never leaves a half-written file: the bytes go to a temporary file in the same
/// directory, which is flushed (`fsync`) and then renamed over the target (`rename(2)`).
///
/// - Missing parent directories are created.
/// - With `overwrite: false` an existing file is refused (checked atomically with
///   `link(2)` where the file system allows it).
/// - An existing file keeps its permission bits (and owner, where permitted); a new file
///   gets 0666 less the umask. A symbolic link is followed: its target is replaced and the
///   link stays.
/// - On any failure the temporary file is removed and the target is untouched; the
///   temporaries of writers that were killed are removed on the next write there.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileWriteError) {
        guard !path.isEmpty else { throw FileWriteError.system(path: path, operation: "write", code: ENOENT) }
        if path.hasSuffix("/") || [".", ".."].contains(PhysicalPath.lastComponent(path)) {
            throw FileWriteError.isDirectory(path: path)
        }
        let target = try PhysicalPath.resolve(path, relativeTo: PhysicalPath.currentDirectory())
        let directory = PhysicalPath.parent(target)

        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists {
            if (existing.st_mode & S_IFMT) == S_IFDIR { throw FileWriteError.isDirectory(path: path) }
            if !overwrite { throw FileWriteError.exists(path: path) }
        }
        try createDirectories(directory, shownAs: path)
        StaleTemporaries.remove(in: directory)

        let (temporary, fd) = try createTemporary(in: directory, for: target, shownAs: path,
                                                  mode: exists ? 0o600 : 0o666)
        var descriptor: Int32? = fd
        do throws(FileWriteError) {
            try writeAll(bytes, to: fd, shownAs: path)
            if exists {
                _ = fchown(fd, existing.st_uid, existing.st_gid) // best effort: only root may give files away
                guard fchmod(fd, existing.st_mode & 0o7777) == 0 else {
                    throw FileWriteError.system(path: path, operation: "set permissions of", code: errno)
                }
            }
            guard fsync(fd) == 0 else { throw FileWriteError.system(path: path, operation: "flush", code: errno) }
            descriptor = nil
            guard close(fd) == 0 else { throw FileWriteError.system(path: path, operation: "close", code: errno) }
            if overwrite {
                guard rename(temporary, target) == 0 else {
                    throw FileWriteError.system(path: path, operation: "replace", code: errno)
                }
            } else {
                try placeWithoutOverwriting(temporary, at: target, shownAs: path)
            }
        } catch {
            if let open = descriptor { _ = close(open) }
            _ = unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Moves `temporary` to `target` unless `target` exists, without a window in between
    /// where another writer's file could be replaced.
    private static func placeWithoutOverwriting(_ temporary: String, at target: String,
                                                shownAs path: String) throws(FileWriteError) {
        if link(temporary, target) == 0 {
            _ = unlink(temporary)
            return
        }
        let code = errno
        if code == EEXIST { throw FileWriteError.exists(path: path) }
        // File systems without hard links: check, then rename.
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS || code == EMLINK else {
            throw FileWriteError.system(path: path, operation: "create", code: code)
        }
        var info = stat()
        if lstat(target, &info) == 0 { throw FileWriteError.exists(path: path) }
        guard rename(temporary, target) == 0 else {
            throw FileWriteError.system(path: path, operation: "create", code: errno)
        }
    }

    /// `mkdir -p`: each missing directory created with 0777 less the umask.
    static func createDirectories(_ directory: String, shownAs path: String) throws(FileWriteError) {
        var current = ""
        for component in PhysicalPath.components(directory) {
            current += "/" + component
            var info = stat()
            if stat(current, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw FileWriteError.system(path: path, operation: "create directory \(current) for", code: ENOTDIR)
                }
                continue
            }
            if mkdir(current, 0o777) != 0, errno != EEXIST {
                throw FileWriteError.system(path: path, operation: "create directory \(current) for", code: errno)
            }
        }
    }

    /// A new file `.NAME.tmp-PID-RANDOM` beside the target, opened for writing.
    private static func createTemporary(in directory: String, for target: String, shownAs path: String,
                                        mode: mode_t) throws(FileWriteError) -> (String, Int32) {
        let name = PhysicalPath.lastComponent(target)
        var lastError: Int32 = EEXIST
        for _ in 0..<100 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let temporary = PhysicalPath.join(directory, ".\(name).tmp-\(getpid())-\(suffix)")
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if fd >= 0 { return (temporary, fd) }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw FileWriteError.system(path: path, operation: "create a temporary file for", code: lastError)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, shownAs path: String) throws(FileWriteError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw FileWriteError.system(path: path, operation: "write", code: failure) }
    }

    /// Makes the rename itself durable. Best effort: some file systems refuse.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
