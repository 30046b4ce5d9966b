#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MuniPlan

/// Shows text taller than the screen through a pager at the prompt: `$PAGER` (split on
/// spaces, no shell: `less -R` is `less` and `-R`), else `less -FRX` (-F: gone at once
/// if the text fits after all; -R: our colours; -X: the text stays on the screen).
/// The text goes through a pipe. A pager that quits before reading it all (`q` in less)
/// closes the pipe: the rest is dropped, with SIGPIPE ignored meanwhile so that it does
/// not end muniplan. Ctrl-C reaches the pager and muniplan alike: muniplan stops writing
/// and waits for the pager to finish, which less does when told to quit.
public enum Pager {
    /// The command to run, from `PAGER` when it is set and not blank.
    public static func command(environment: [String: String]) -> [String] {
        let words = (environment["PAGER"] ?? "").split(separator: " ").map(String.init)
        return words.isEmpty ? ["less", "-FRX"] : words
    }

    /// Lines `text` takes on a terminal `width` columns wide (a longer line takes more).
    public static func height(of text: String, width: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
            sum + max(1, (DisplayWidth.of(String(line)) + width - 1) / max(1, width))
        }
    }

    /// Runs `command` with `text` on its standard input and waits for it. Returns the
    /// errno when the pager could not be started (the caller prints the text instead).
    public static func show(_ text: String, command: [String], isInterrupted: () -> Bool) -> Int32? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return errno }
        let (reading, writing) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(writing, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, reading, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, reading)
        // The pager starts with default signal handling, as from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTERM, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, argv, environ)
        close(reading)
        guard spawned == 0 else {
            close(writing)
            return spawned
        }
        let previous = signal(SIGPIPE, SIG_IGN)
        write(Array(text.utf8), to: writing, isInterrupted: isInterrupted)
        close(writing)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        signal(SIGPIPE, previous)
        return nil
    }

    /// Every byte, unless the pager has gone (EPIPE) or Ctrl-C was pressed.
    static func write(_ bytes: [UInt8], to descriptor: Int32, isInterrupted: () -> Bool) {
        bytes.withUnsafeBytes { buffer in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, next, left)
                if written > 0 {
                    next += written
                    left -= written
                } else if written < 0, errno == EINTR, !isInterrupted() {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
