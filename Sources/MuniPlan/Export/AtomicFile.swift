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
/// - A terminal, `/dev/null` or a FIFO already there is a stream, not a file: the bytes
///   are written to it in place (replacing it would put a plain file where the device
///   was). A disk device or a socket is refused.
/// - On any failure the temporary file is removed and the target is untouched; the
///   temporaries of writers that were killed are removed on the next write there.
public enum AtomicFile {
    /// `path` resolved from the process's working directory, with no policy: for callers
    /// that trust the path (the prompt, tests). Scripts go through `FileAccessPolicy`.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileWriteError) {
        let location: FileLocation
        do { location = try FileLocation.resolve(path, relativeTo: nil) } catch {
            if case .isDirectory = error { throw .isDirectory(path: path) }
            throw .system(path: path, operation: .resolve, code: error.code)
        }
        try write(bytes, to: location, overwrite: overwrite)
    }

    /// Writes at a resolved location (checked by a policy or not): every step goes through
    /// its open directory, so the file lands where the location was resolved to.
    public static func write(_ bytes: [UInt8], to location: FileLocation, overwrite: Bool) throws(FileWriteError) {
        let path = location.shownAs
        let existing = try checkTarget(location, overwrite: overwrite)
        if let existing, isStream(existing) { return try AppendingFile.writeStream(bytes, to: location) }
        let directory = try createDirectories(location)
        StaleTemporaries.remove(in: directory)

        let (temporary, fd) = try createTemporary(in: directory, for: location.name, shownAs: path,
                                                  mode: existing == nil ? 0o666 : 0o600)
        var descriptor: Int32? = fd
        do throws(FileWriteError) {
            try writeAll(bytes, to: fd, shownAs: path)
            if let existing {
                _ = fchown(fd, existing.st_uid, existing.st_gid) // best effort: only root may give files away
                guard fchmod(fd, existing.st_mode & 0o7777) == 0 else {
                    throw FileWriteError.system(path: path, operation: .setPermissions, code: errno)
                }
            }
            guard fsync(fd) == 0 else { throw FileWriteError.system(path: path, operation: .flush, code: errno) }
            descriptor = nil
            guard close(fd) == 0 else { throw FileWriteError.system(path: path, operation: .close, code: errno) }
            if overwrite {
                // renameat replaces the name itself: a link put there since is replaced, not followed.
                guard rename(temporary, to: location.name, in: directory) == 0 else {
                    throw FileWriteError.system(path: path, operation: .replace, code: errno)
                }
            } else {
                try placeWithoutOverwriting(temporary, at: location.name, in: directory, shownAs: path)
            }
        } catch {
            if let open = descriptor { _ = close(open) }
            _ = unlink(temporary, in: directory)
            throw error
        }
        syncDirectory(directory)
    }

    /// The file at `location` if one exists, refusing a directory there, and an existing
    /// file unless `overwrite`: what `write` would refuse, checkable before the bytes are
    /// made (a command that runs scenarios first should not run them for nothing).
    @discardableResult
    public static func checkTarget(_ location: FileLocation, overwrite: Bool) throws(FileWriteError) -> stat? {
        guard location.missingDirectories.isEmpty else { return nil }
        var existing = stat()
        guard PathBytes.withCString(location.name, { fstatat(location.directory.fd, $0, &existing, AT_SYMLINK_NOFOLLOW) }) == 0 else {
            return nil
        }
        let type = existing.st_mode & S_IFMT
        if type == S_IFDIR { throw FileWriteError.isDirectory(path: location.shownAs) }
        if type == S_IFBLK || type == S_IFSOCK { throw FileWriteError.notAFile(path: location.shownAs) }
        // Writing to a stream replaces nothing, so it needs no --force.
        if isStream(existing) { return existing }
        if !overwrite { throw FileWriteError.exists(path: location.shownAs) }
        return existing
    }

    /// A character device (a terminal, /dev/null) or a FIFO: written to, never replaced.
    static func isStream(_ info: stat) -> Bool {
        let type = info.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO
    }

    /// Moves `temporary` to `target` unless `target` exists, without a window in between
    /// where another writer's file could be replaced.
    private static func placeWithoutOverwriting(_ temporary: [UInt8], at target: [UInt8], in directory: DirectoryDescriptor,
                                                shownAs path: String) throws(FileWriteError) {
        let linked = PathBytes.withCString(temporary) { from in
            PathBytes.withCString(target) { to in linkat(directory.fd, from, directory.fd, to, 0) }
        }
        if linked == 0 {
            _ = unlink(temporary, in: directory)
            return
        }
        let code = errno
        if code == EEXIST { throw FileWriteError.exists(path: path) }
        // File systems without hard links: check, then rename.
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS || code == EMLINK else {
            throw FileWriteError.system(path: path, operation: .create, code: code)
        }
        if case .success(.some) = directory.status(of: target) { throw FileWriteError.exists(path: path) }
        guard rename(temporary, to: target, in: directory) == 0 else {
            throw FileWriteError.system(path: path, operation: .create, code: errno)
        }
    }

    /// `mkdir -p` of the location's missing directories, each with 0777 less the umask.
    ///
    /// Each is made with `mkdirat` inside the directory reached so far and then opened with
    /// O_NOFOLLOW: a new directory is a child of one already resolved (and, for scripts,
    /// checked), its name is a plain component (never `..`), and a link put in its place
    /// meanwhile is refused rather than followed. So nothing needs checking again after
    /// creation, and the file goes exactly where the location was resolved to.
    static func createDirectories(_ location: FileLocation) throws(FileWriteError) -> DirectoryDescriptor {
        var current = location.directory
        var shown = location.directoryPath
        for name in location.missingDirectories {
            shown = PathBytes.join(shown, name)
            let made = PathBytes.withCString(name) { mkdirat(current.fd, $0, 0o777) }
            if made != 0, errno != EEXIST {
                throw FileWriteError.system(path: location.shownAs, operation: .createDirectory(PathBytes.display(shown)), code: errno)
            }
            switch current.directory(name) {
            case let .success(next): current = next
            case let .failure(error):
                throw FileWriteError.system(path: location.shownAs, operation: .createDirectory(PathBytes.display(shown)), code: error.code)
            }
        }
        return current
    }

    /// A new file `.NAME.tmp-PID-RANDOM` beside the target, opened for writing.
    private static func createTemporary(in directory: DirectoryDescriptor, for name: [UInt8], shownAs path: String,
                                        mode: mode_t) throws(FileWriteError) -> ([UInt8], Int32) {
        var lastError: Int32 = EEXIST
        for _ in 0..<100 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let temporary = [0x2E] + name + Array(".tmp-\(getpid())-\(suffix)".utf8)
            let fd = PathBytes.withCString(temporary) {
                openat(directory.fd, $0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            }
            if fd >= 0 { return (temporary, fd) }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw FileWriteError.system(path: path, operation: .createTemporary, code: lastError)
    }

    private static func rename(_ from: [UInt8], to: [UInt8], in directory: DirectoryDescriptor) -> Int32 {
        PathBytes.withCString(from) { a in PathBytes.withCString(to) { b in renameat(directory.fd, a, directory.fd, b) } }
    }

    private static func unlink(_ name: [UInt8], in directory: DirectoryDescriptor) -> Int32 {
        PathBytes.withCString(name) { unlinkat(directory.fd, $0, 0) }
    }

    static func writeAll(_ bytes: [UInt8], to fd: Int32, shownAs path: String) throws(FileWriteError) {
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
        if failure != 0 { throw FileWriteError.system(path: path, operation: .write, code: failure) }
    }

    /// Makes the rename itself durable. Best effort: some file systems refuse.
    private static func syncDirectory(_ directory: DirectoryDescriptor) {
        let fd = openat(directory.fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
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
