@preconcurrency import Glibc
import MuniPlanShell

/// Runs the pager (`Pager.command`) with text on its standard input and waits for it.
/// The text goes through a pipe. A pager that quits before reading it all (`q` in less)
/// closes the pipe: the rest is dropped, with SIGPIPE ignored meanwhile so that it does not
/// end muniplan. Ctrl-C reaches the pager and muniplan alike: muniplan stops writing and
/// waits for the pager, which less ends when told to quit.
enum PagerProcess {
    /// Nil when shown; the errno when the pager could not be started (the caller prints
    /// the text instead).
    static func show(_ text: String, command: [String]) -> Int32? {
        Terminal.flush()
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return errno }
        let (reading, writing) = (ends[0], ends[1])
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
        // Our text is UTF-8 whatever the locale says; a user's own LESSCHARSET wins.
        setenv("LESSCHARSET", "utf-8", 0)
        // less without its shell escape (`!`), log file (`s`), editor (`v`) and pipe (`|`):
        // the pager shows output, it is no way out of the session's file policy.
        setenv("LESSSECURE", "1", 1)
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, argv, environ)
        close(reading)
        guard spawned == 0 else {
            close(writing)
            return spawned
        }
        let previous = signal(SIGPIPE, SIG_IGN)
        // Closed (the pager quit) or interrupted (Ctrl-C): the rest is not wanted.
        _ = DescriptorWriter.write(text.utf8, to: writing)
        close(writing)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        signal(SIGPIPE, previous)
        return nil
    }
}
