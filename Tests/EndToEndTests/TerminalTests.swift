import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The prompt in a real terminal (tmux): Tab completion, Ctrl-C, Ctrl-D, history.
@Suite(.serialized) struct TerminalTests {
    static let tmuxPath: String? = ProcessInfo.processInfo.environment["PATH"]?
        .split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A tmux server of our own (its own socket), one session running muniplan.
    final class TmuxSession {
        let socket: String
        let stateHome: URL

        init(stateHome: URL) {
            socket = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-tmux-\(UUID().uuidString.prefix(8))").path
            self.stateHome = stateHome
        }

        /// Runs `tmux -u -S SOCKET arguments…` and waits for that client to exit.
        ///
        /// Not through Foundation's Process: on Linux it notices a child's exit when a socket
        /// the child inherits is closed, and the tmux server that `new-session` forks keeps
        /// it open, so waiting never ends. posix_spawn + waitpid, with every descriptor above
        /// 2 closed in the child, leaves the server holding nothing of ours.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
            let outPath = socket + ".out"
            defer { unlink(outPath) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            // Close whatever else is open now (glibc skips descriptors closed meanwhile).
            let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
            for fd in open where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
            var environment = ProcessInfo.processInfo.environment
            environment["LC_ALL"] = "C.UTF-8"
            environment["TMUX"] = nil
            let argv = ([TerminalTests.tmuxPath!, "-u", "-S", socket] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            // The server and muniplan start from an empty mask and default handlers, as from a shell.
            var attributes = ChildSignals.attributes(defaults: [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGTSTP, SIGTTIN,
                                                                SIGTTOU, SIGWINCH, SIGUSR1, SIGUSR2])
            defer { posix_spawnattr_destroy(&attributes) }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, TerminalTests.tmuxPath!, &actions, &attributes, argv, envp)
            guard spawned == 0 else { throw SpawnError(code: spawned) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            let exited = status & 0x7F == 0
            return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
        }

        struct SpawnError: Error { let code: Int32 }

        /// Starts muniplan in a detached session (100×30 unless told), in the locale `lang`, as
        /// terminal `term`, with `environment` (`NAME='value' …`) and `arguments` added. Output
        /// taller than the pane goes through PAGER=cat, so it shows as without a pager.
        func start(lang: String = "C.UTF-8", term: String = "xterm", width: Int = 100, height: Int = 30,
                   environment: String = "", arguments: String = "") throws {
            let executable = try Executable.url().path
            let command = "env -u LC_ALL -u LC_MESSAGES -u COLUMNS -u LINES -u PAGER XDG_STATE_HOME='\(stateHome.path)' NO_COLOR=1 LANG=\(lang) TERM=\(term) PAGER=cat \(environment) '\(executable)' \(arguments)"
            try tmux(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", command])
        }

        func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "t"] + keys) }

        /// Types `text` without Enter, presses Ctrl-C and waits for a fresh prompt below it.
        func interrupt(halfTyped text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            try type(text)
            try waitFor("the half-typed line", sourceLocation: sourceLocation) { TerminalTests.lines($0).last?.hasSuffix(text) == true }
            try keys("C-c")
            try waitFor("a fresh prompt after Ctrl-C", sourceLocation: sourceLocation) { screen in
                let lines = TerminalTests.lines(screen)
                return lines.count >= 2 && lines[lines.count - 2].contains(text) && lines.last == TerminalTests.bare
            }
        }

        /// Literal text (no key-name lookup), for typing Japanese and spaces.
        func type(_ text: String) throws { try tmux(["send-keys", "-t", "t", "-l", text]) }

        func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "t"]).output }

        var isRunning: Bool { (try? tmux(["has-session", "-t", "t"]).status) == 0 }

        /// Polls the screen until `condition` holds, for at most `timeout` seconds.
        @discardableResult
        func waitFor(_ what: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
                     _ condition: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = (try? screen()) ?? ""
                if condition(last) { return last }
                usleep(50_000)
            }
            Issue.record("timed out waiting for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
            throw TimeoutError()
        }

        func waitForExit(timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation) {
            let deadline = Date().addingTimeInterval(timeout)
            while isRunning, Date() < deadline { usleep(50_000) }
            #expect(!isRunning, "muniplan did not leave", sourceLocation: sourceLocation)
        }

        func kill() { _ = try? tmux(["kill-server"]); try? FileManager.default.removeItem(atPath: socket) }

        struct TimeoutError: Error {}
    }

    /// Lines of the screen, trailing blanks dropped.
    static func lines(_ screen: String) -> [String] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines
    }

    static let prompt = "muniplan R4> "
    /// The prompt as capture-pane shows it on an empty line (trailing spaces trimmed).
    static let bare = "muniplan R4>"

    @Test("Tab completes romaji, Ctrl-C keeps the session, Ctrl-D leaves, history persists",
          .enabled(if: tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func prompt() throws {
        let folder = try TemporaryFolder(), state = folder.url
        defer { folder.remove() }
        let session = TmuxSession(stateHome: state)
        defer { session.kill() }

        try session.start()
        try session.waitFor("the prompt") { Self.lines($0).last == Self.bare }

        // Tab completes a romaji prefix in place; Enter runs it.
        try session.type("show hino")
        try session.keys("Tab")
        try session.waitFor("show hinoemata after Tab") { Self.lines($0).last?.hasSuffix("show hinoemata") == true }
        try session.keys("Enter")
        try session.waitFor("檜枝岐村") { $0.contains("檜枝岐村 (ひのえまたむら, hinoemata)") && Self.lines($0).last == Self.bare }

        // Ctrl-C on a half-typed line: a fresh prompt, the session lives on.
        try session.interrupt(halfTyped: "bodies dist")
        try session.type("districts")
        try session.keys("Enter")
        let afterDistricts = try session.waitFor("the districts table") { $0.contains("南会津地方振興局") }
        #expect(!afterDistricts.contains("error"), "the interrupted line ran:\n\(afterDistricts)")

        // An edit marks the prompt; Ctrl-D then warns once, and the second leaves.
        try session.type("assign advisor hinoemata")
        try session.keys("Enter")
        try session.waitFor("the unsaved mark") { Self.lines($0).last == "muniplan R4*>" }
        try session.keys("C-d")
        try session.waitFor("the unsaved-changes warning") { $0.contains("unsaved changes") }
        #expect(session.isRunning, "the first Ctrl-D with unsaved changes should only warn")
        try session.keys("C-d")
        session.waitForExit()

        // History persisted: Up recalls the lines typed before, most recent first.
        let history = try String(contentsOf: state.appendingPathComponent("muniplan/history"), encoding: .utf8)
        #expect(history.contains("show hinoemata"), "history file:\n\(history)")
        #expect(!history.contains("bodies dist"), "an interrupted line went into the history:\n\(history)")
        try session.start()
        try session.waitFor("the prompt again") { Self.lines($0).last == Self.bare }
        try session.keys("Up")
        try session.waitFor("the last line recalled") { Self.lines($0).last == Self.prompt + "assign advisor hinoemata" }
        try session.keys("Up", "Up")
        try session.waitFor("an earlier line recalled") { Self.lines($0).last == Self.prompt + "show hinoemata" }
        try session.keys("C-u", "C-d")
        session.waitForExit()
    }
}
