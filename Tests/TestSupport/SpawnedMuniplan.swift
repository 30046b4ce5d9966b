import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// muniplan started with posix_spawn, for what Foundation's Process cannot do: send it a
/// signal while it runs, hand it a descriptor of ours (a pipe we close, /dev/full), and start
/// it with SIGINT and SIGPIPE as a shell leaves them. Every wait is bounded; a child still
/// running when the test ends is killed.
public final class SpawnedMuniplan {
    /// How the child ended.
    public enum End: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        public var description: String {
            switch self {
            case let .exited(status): "exit \(status)"
            case let .signalled(signal): "killed by signal \(signal)"
            }
        }

        /// A trap or an abort, by signal or as a shell reports one (128 + the signal).
        public var isCrash: Bool {
            let crashes = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]
            switch self {
            case let .signalled(signal): return crashes.contains(signal)
            case let .exited(status): return crashes.map { 128 + $0 }.contains(status)
            }
        }
    }

    /// Where a standard stream goes: a file read back with `stdout`/`stderr`, a path such
    /// as /dev/full, or a descriptor of ours (the write end of a pipe).
    public enum Destination {
        case captured
        case path(String)
        case descriptor(Int32)
    }

    public let pid: pid_t
    public let scratch: URL
    public private(set) var end: End?

    /// `stdin`: a descriptor of ours (the read end of a pipe), or /dev/null.
    /// `pipeSignalIgnored`: start with SIGPIPE ignored (as some launchers do) instead of the
    /// default action. `directory`: the child's working directory (else ours); `environment`:
    /// added to `executableEnvironment`'s; `executable`: another program than muniplan.
    public init(_ arguments: [String], stdin: Int32? = nil, stdout: Destination = .captured, stderr: Destination = .captured,
         pipeSignalIgnored: Bool = false, directory: String? = nil, environment extra: [String: String] = [:],
         executable: String? = nil) throws {
        // The child inherits an ignored SIGPIPE from us unless it is reset below.
        _ = ignoringBrokenPipes
        scratch = try TemporaryFolder().url
        let executable = try executable ?? Executable.url().path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_adddup2(&actions, stdin, 0) } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        for (descriptor, destination, name) in [(Int32(1), stdout, "stdout"), (2, stderr, "stderr")] {
            switch destination {
            case .captured:
                let path = scratch.appendingPathComponent(name).path
                posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case let .path(path): posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY, 0)
            case let .descriptor(fd): posix_spawn_file_actions_adddup2(&actions, fd, descriptor)
            }
        }
        if let directory {
            guard let addChdir = Self.addChdir else { throw SpawnError(code: ENOSYS) }
            _ = addChdir(&actions, directory)
        }
        // Nothing else of ours: a pipe's write end held by the child would keep it open.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in open where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

        // The default action for the signals a shell resets (SIGPIPE unless asked to keep it ignored).
        var attributes = ChildSignals.attributes(defaults: [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGCHLD] + (pipeSignalIgnored ? [] : [SIGPIPE]))
        defer { posix_spawnattr_destroy(&attributes) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = executableEnvironment(home: scratch, extra).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        self.pid = pid
    }

    public struct SpawnError: Error {
        public let code: Int32
        public init(code: Int32) { self.code = code }
    }

    /// glibc's posix_spawn_file_actions_addchdir_np (2.29), which its headers declare only
    /// under _GNU_SOURCE, out of Swift's sight.
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np").map { unsafeBitCast($0, to: AddChdir.self) }

    deinit {
        if end == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    public var stdout: String { captured("stdout") }
    public var stderr: String { captured("stderr") }

    public var stdoutBytes: [UInt8] { capturedBytes("stdout") }
    public var stderrBytes: [UInt8] { capturedBytes("stderr") }

    private func captured(_ name: String) -> String { String(decoding: capturedBytes(name), as: UTF8.self) }

    private func capturedBytes(_ name: String) -> [UInt8] {
        (try? Data(contentsOf: scratch.appendingPathComponent(name))).map { [UInt8]($0) } ?? []
    }

    /// How it ended, waiting at most `timeout` seconds; nil (an issue recorded unless not
    /// `recording`, the child killed) if it did not end by then.
    @discardableResult
    public func wait(timeout: TimeInterval, recording: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) -> End? {
        if let end { return end }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                end = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
                return end
            }
            if result == -1, errno != EINTR { break }
            usleep(20_000)
        }
        if recording { Issue.record("muniplan did not end within \(timeout) s; stderr:\n\(stderr)", sourceLocation: sourceLocation) }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        end = .signalled(SIGKILL)
        return nil
    }

    /// Waits (at most `timeout` seconds) until its captured stdout contains `text`.
    public func waitForOutput(_ text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stdout.contains(text) { return true }
            usleep(20_000)
        }
        Issue.record("no '\(text)' on stdout within \(timeout) s; stdout:\n\(stdout)\nstderr:\n\(stderr)", sourceLocation: sourceLocation)
        return false
    }
}
