#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that a killed writer left behind: `AtomicFile` names its temporaries
/// `.NAME.tmp-PID-RANDOM`, and one whose process no longer exists will never be renamed
/// into place. They are removed on the next write into the same folder, so `kill -9`
/// during exports does not fill a folder with them.
///
/// Only regular files of this user whose name has exactly that shape are touched, and only
/// when `kill(PID, 0)` says the process does not exist (a live process of another user
/// answers EPERM and keeps its file). Names are compared as bytes, as the kernel does.
enum StaleTemporaries {
    /// Removes stale temporaries in `directory`; returns how many. Best effort: a file that
    /// cannot be removed is left as it is.
    @discardableResult
    static func remove(in directory: DirectoryDescriptor) -> Int {
        // A listing of the same open directory the write goes through (not its path).
        let listing = openat(directory.fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard listing >= 0 else { return 0 }
        guard let dir = fdopendir(listing) else {
            close(listing)
            return 0
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var removed = 0
        while let entry = readdir(dir) {
            // Read in place: an entry is only as long as its name, and copying the struct
            // (its 256-byte d_name) reads past readdir's buffer at the last one (ASan).
            let start = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self)
            let name = Array(UnsafeRawBufferPointer(start: start, count: strlen(start)))
            guard let pid = processID(inTemporaryName: name), pid != getpid() else { continue }
            guard kill(pid, 0) == -1, errno == ESRCH else { continue }
            var info = stat()
            let cName = name.map { CChar(bitPattern: $0) } + [0]
            guard fstatat(fd, cName, &info, AT_SYMLINK_NOFOLLOW) == 0,
                  (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == getuid() else { continue }
            if unlinkat(fd, cName, 0) == 0 { removed += 1 }
        }
        return removed
    }

    /// The PID in `.NAME.tmp-PID-RANDOM` (RANDOM in base 36), or nil for any other name.
    static func processID(inTemporaryName name: [UInt8]) -> pid_t? {
        guard name.first == UInt8(ascii: "."), let lastDash = name.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let random = name[(lastDash + 1)...]
        guard !random.isEmpty, random.count <= 7, random.allSatisfy(isBase36) else { return nil }
        let beforeRandom = name[..<lastDash]
        guard let pidStart = beforeRandom.lastIndex(where: { !isDigit($0) }).map({ $0 + 1 }),
              pidStart < lastDash, lastDash - pidStart <= 10 else { return nil }
        let marker = Array(".tmp-".utf8)
        guard pidStart - marker.count > 1, Array(name[(pidStart - marker.count)..<pidStart]) == marker else { return nil }
        var pid: Int64 = 0
        for digit in name[pidStart..<lastDash] { pid = pid * 10 + Int64(digit - UInt8(ascii: "0")) }
        guard pid > 0, pid <= Int64(Int32.max) else { return nil }
        return pid_t(pid)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isBase36(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x61 && byte <= 0x7A) }
}
