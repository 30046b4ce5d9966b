import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// `COMMAND > FILE` where FILE is already a stream: /dev/null, a terminal or a FIFO is
/// written to in place; a rename over it would leave a plain file where the device was
/// (as root, `kpi > /dev/null` once replaced the machine's /dev/null).
@Suite("Export to a device or a FIFO")
struct ExportStreamTargetTests {
    private func type(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test("a FIFO stays a FIFO, its reader gets the bytes, and no --force is needed")
    func fifo() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/pipe"
            try #require(mkfifo(path, 0o600) == 0)
            let reader = open(path, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) & ~O_NONBLOCK)
            try AtomicFile.write(Array("kpi\n".utf8), to: path, overwrite: false)
            var buffer = [UInt8](repeating: 0, count: 16)
            let n = read(reader, &buffer, buffer.count)
            _ = close(reader)
            #expect(Array(buffer.prefix(max(0, n))) == Array("kpi\n".utf8))
            #expect(type(path) == S_IFIFO)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"], "a temporary was left")
        }
    }

    @Test("a FIFO nobody reads: a clear error at once, not a hang, and it stays a FIFO")
    func fifoWithoutReader() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/pipe"
            try #require(mkfifo(path, 0o600) == 0)
            #expect(throws: FileWriteError.system(path: path, operation: .create, code: ENXIO)) {
                try AtomicFile.write(Array("x".utf8), to: path, overwrite: true)
            }
            #expect(type(path) == S_IFIFO)
        }
    }

    @Test("a character device (a copy of /dev/null) stays a device", .enabled(if: getuid() == 0))
    func characterDevice() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/null"
            try #require(mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0) // major 1, minor 3: /dev/null
            try AtomicFile.write(Array("kpi\n".utf8), to: path, overwrite: true)
            try AtomicFile.write(Array("kpi\n".utf8), to: path, overwrite: false)
            #expect(type(path) == S_IFCHR)
        }
    }

    @Test("/dev/null itself: written, and still a device")
    func devNull() throws {
        try AtomicFile.write(Array("kpi\n".utf8), to: "/dev/null", overwrite: true)
        #expect(type("/dev/null") == S_IFCHR)
    }

    @Test("a socket is refused, named, and left as it was")
    func socket() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/s"
            let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            try #require(fd >= 0)
            defer { close(fd) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            try #require(bound == 0)
            #expect(throws: FileWriteError.notAFile(path: path)) { try AtomicFile.write(Array("x".utf8), to: path, overwrite: true) }
            #expect(FileWriteError.notAFile(path: path).message.text(in: .english) == "'\(path)' is a device or a socket, not a file; nothing written")
            #expect(type(path) == S_IFSOCK)
        }
    }
}
