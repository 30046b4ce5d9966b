import Foundation
import MuniPlan
import TestSupport
import Testing

/// The prompt in terminals of 60, 100 and 200 columns (tmux): wide tables and help fit,
/// no word split; and the pager: a fake PAGER records what it is given, which is output
/// taller than the pane, never shorter output, never after `pager off`, never under -c.
@Suite(.serialized) struct TerminalWidthTests {
    /// Everything printed so far, history included, with tmux's own wrapping undone (-J):
    /// a line too wide for the pane shows as one long line.
    static func transcript(_ session: TerminalTests.TmuxSession) throws -> [String] {
        TerminalTests.lines(try session.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "t"]).output)
    }

    /// The prompt, with or without the unsaved-changes mark.
    static func atPrompt(_ screen: String) -> Bool {
        let last = TerminalTests.lines(screen).last
        return last == TerminalTests.bare || last == "muniplan R4*>"
    }

    /// Runs `body` with muniplan at a prompt in a fresh tmux session of its own.
    static func withPrompt(width: Int = 100, height: Int = 30, environment: (TemporaryFolder) throws -> String = { _ in "" },
                           arguments: String = "", waitForPrompt: Bool = true,
                           _ body: (TerminalTests.TmuxSession, TemporaryFolder) throws -> Void) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(width: width, height: height, environment: try environment(folder), arguments: arguments)
        if waitForPrompt { try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare } }
        try body(session, folder)
    }

    /// Types a line and waits for the prompt to come back.
    static func enter(_ line: String, in session: TerminalTests.TmuxSession, until: (String) -> Bool = { _ in true }) throws {
        try session.type(line)
        // Typed (its end, as a long line wraps in the pane) before Enter: else the prompt
        // it then waits for could be the one already there.
        try session.waitFor("\(line) typed") { TerminalTests.lines($0).last?.hasSuffix(String(line.suffix(8))) == true }
        try session.keys("Enter")
        try session.waitFor("the prompt after \(line)") { until($0) && atPrompt($0) }
    }

    static let wide = ["coverage --by district", "help allocate", "allocate advisor 19 --min-per-district 1; explain advisor"]
    /// Words the outputs hold that must never be broken.
    static let words = ["security-cloud", "e-application", "[--require BODY…]", "[--min-per-district K]", "--refuse-ties",
                        "min per district", "檜枝岐村"]

    @Test("wide tables, help and explain fit 60, 100 and 200 columns, no word split",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"), arguments: [60, 100, 200])
    func fits(width: Int) throws {
        try Self.withPrompt(width: width, height: 40, arguments: "--no-pager") { session, _ in
            for line in Self.wide + ["show 檜枝岐村"] { try Self.enter(line, in: session) }
            try Self.expectFitted(try Self.transcript(session), width: width)
        }
    }

    static func expectFitted(_ lines: [String], width: Int) throws {
        let text = lines.joined(separator: "\n")
        // What was typed is the terminal's to wrap; everything muniplan printed is ours.
        for line in lines where !line.hasPrefix("muniplan R4") { #expect(DisplayWidth.of(line) <= width, "wider than \(width): \(line)") }
        for word in Self.words { #expect(text.contains(word), "'\(word)' split or missing at \(width):\n\(text)") }
        // 33 columns do not fit 60 even wrapped: record blocks.
        if width == 60 { #expect(text.contains("-[ RECORD 1 ]-"), "\(text)") }
        #expect(text.contains("usage: allocate MEASURE"))
    }

    /// `PAGER=…` naming a script that appends what it reads to `receivedFile(in:)`.
    static func fakePager(in folder: TemporaryFolder) throws -> String {
        let script = folder.url.appendingPathComponent("fake-pager")
        try Data("#!/bin/sh\ncat >> \"$1\"\n".utf8).write(to: script)
        _ = chmod(script.path, 0o755)
        return "PAGER='\(script.path) \(receivedFile(in: folder).path)'"
    }

    static func receivedFile(in folder: TemporaryFolder) -> URL { folder.url.appendingPathComponent("received.txt") }

    static func received(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    @Test("the pager gets output taller than the pane, not shorter output, not after pager off",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func pager() throws {
        try Self.withPrompt(environment: Self.fakePager) { session, folder in
            let received = Self.receivedFile(in: folder)
            // 60 bodies and their subtotals: taller than 30 lines.
            try Self.enter("bodies", in: session)
            let paged = Self.received(received)
            #expect(paged.contains("檜枝岐村") && paged.contains("─"), "the pager got:\n\(paged)")
            // A short table prints on the screen; the pager gets nothing more.
            try Self.enter("districts", in: session) { $0.contains("南会津地方振興局") }
            #expect(Self.received(received) == paged)
            try Self.enter("pager off", in: session)
            try Self.enter("bodies", in: session) { $0.contains("075647") }
            #expect(Self.received(received) == paged, "pager off still paged")
            try Self.enter("pager", in: session) { $0.contains("pager off") }
        }
    }

    /// less's `!`, `s`, `v` and `|` would reach the shell and files from the pager: it runs in
    /// its secure mode, whatever the user's environment says.
    @Test("the pager runs with LESSSECURE=1",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func pagerIsSecure() throws {
        let pager: (TemporaryFolder) throws -> String = { folder in
            let script = folder.url.appendingPathComponent("env-pager")
            try Data("#!/bin/sh\necho \"LESSSECURE=$LESSSECURE\" >> \"$1\"\ncat > /dev/null\n".utf8).write(to: script)
            _ = chmod(script.path, 0o755)
            return "LESSSECURE=0 PAGER='\(script.path) \(Self.receivedFile(in: folder).path)'"
        }
        try Self.withPrompt(environment: pager) { session, folder in
            try Self.enter("bodies", in: session)
            #expect(Self.received(Self.receivedFile(in: folder)) == "LESSSECURE=1\n")
        }
    }

    @Test("a pager that quits without reading (EPIPE) does not end muniplan",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func pagerQuitsEarly() throws {
        try Self.withPrompt(environment: { _ in "PAGER=true" }) { session, _ in
            // More than a pipe holds (64 KiB), so writing meets the closed pipe.
            try Self.enter(Array(repeating: "bodies", count: 16).joined(separator: "; "), in: session)
            try Self.enter("districts", in: session) { $0.contains("南会津地方振興局") }
            #expect(session.isRunning)
        }
    }

    @Test("Ctrl-C while the pager holds the output: the pager ends, the prompt comes back",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func interruptPager() throws {
        // A pager that reads nothing: muniplan's write blocks once the pipe is full.
        try Self.withPrompt(environment: { _ in "PAGER='sleep 60'" }) { session, _ in
            let line = Array(repeating: "bodies", count: 16).joined(separator: "; ")
            try session.type(line)
            try session.waitFor("typed") { TerminalTests.lines($0).last?.hasSuffix("bodies") == true }
            try session.keys("Enter")
            usleep(500_000)
            try session.keys("C-c")
            try session.waitFor("the prompt after Ctrl-C", timeout: 10) { Self.atPrompt($0) }
            try Self.enter("districts", in: session) { $0.contains("南会津地方振興局") }
        }
    }

    @Test("a pager that cannot be started: said in the session's language, and the output printed",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func missingPager() throws {
        try Self.withPrompt(environment: { _ in "PAGER=/nonexistent/pager" }) { session, _ in
            // The message comes before the output, which scrolls it off the pane: read the history.
            try Self.enter("bodies", in: session) { $0.contains("075647") }
            #expect(try Self.transcript(session).contains { $0.hasPrefix("cannot start the pager '/nonexistent/pager' (") })
            try Self.enter("lang ja", in: session)
            try Self.enter("bodies", in: session)
            #expect(try Self.transcript(session).contains { $0.hasPrefix("ページャー「/nonexistent/pager」を起動できません（") })
        }
    }

    @Test("-c never pages, however long its output",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func noPagerUnderC() throws {
        try Self.withPrompt(environment: Self.fakePager, arguments: "-c bodies; sleep 5", waitForPrompt: false) { session, folder in
            let received = Self.receivedFile(in: folder)
            try session.waitFor("the bodies") { $0.contains("075647") }
            #expect(!FileManager.default.fileExists(atPath: received.path), "the pager got:\n\(Self.received(received))")
        }
    }
}
