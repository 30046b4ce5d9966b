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

    static let wide = ["coverage --by district", "help allocate", "allocate advisor 19 --min-per-district 1; explain advisor"]
    /// Words the outputs hold that must never be broken.
    static let words = ["security-cloud", "e-application", "[--require BODY…]", "[--min-per-district K]", "--refuse-ties",
                        "min per district", "檜枝岐村"]

    @Test("wide tables, help and explain fit 60, 100 and 200 columns, no word split",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"), arguments: [60, 100, 200])
    func fits(width: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(width: width, height: 40, arguments: "--no-pager")
        try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare }
        for line in Self.wide {
            try session.type(line)
            try session.keys("Enter")
            try session.waitFor("the prompt after \(line)") { Self.atPrompt($0) }
        }
        try session.type("show 檜枝岐村")
        try session.keys("Enter")
        try session.waitFor("the card") { $0.contains("hinoemata)") && Self.atPrompt($0) }
        let lines = try Self.transcript(session)
        let text = lines.joined(separator: "\n")
        // What was typed is the terminal's to wrap; everything muniplan printed is ours.
        for line in lines where !line.hasPrefix("muniplan R4") { #expect(DisplayWidth.of(line) <= width, "wider than \(width): \(line)") }
        for word in Self.words { #expect(text.contains(word), "'\(word)' split or missing at \(width):\n\(text)") }
        // 33 columns do not fit 60 even wrapped: record blocks.
        if width == 60 { #expect(text.contains("-[ RECORD 1 ]-"), "\(text)") }
        #expect(text.contains("usage: allocate MEASURE"))
    }

    /// A PAGER that appends what it reads to a file.
    static func fakePager(in folder: TemporaryFolder) throws -> (command: String, received: URL) {
        let script = folder.url.appendingPathComponent("fake-pager")
        try Data("#!/bin/sh\ncat >> \"$1\"\n".utf8).write(to: script)
        _ = chmod(script.path, 0o755)
        let received = folder.url.appendingPathComponent("received.txt")
        return ("\(script.path) \(received.path)", received)
    }

    static func received(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    @Test("the pager gets output taller than the pane, not shorter output, not after pager off",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func pager() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (pager, received) = try Self.fakePager(in: folder)
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(environment: "PAGER='\(pager)'")
        try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare }

        // 60 bodies and their subtotals: taller than 30 lines.
        try session.type("bodies")
        try session.keys("Enter")
        try session.waitFor("the prompt after bodies") { TerminalTests.lines($0).last == TerminalTests.bare }
        let paged = Self.received(received)
        #expect(paged.contains("檜枝岐村") && paged.contains("─"), "the pager got:\n\(paged)")

        // A short table prints on the screen; the pager gets nothing more.
        try session.type("districts")
        try session.keys("Enter")
        try session.waitFor("the districts on the screen") { $0.contains("南会津地方振興局") && TerminalTests.lines($0).last == TerminalTests.bare }
        #expect(Self.received(received) == paged)

        try session.type("pager off")
        try session.keys("Enter")
        try session.type("bodies")
        try session.keys("Enter")
        try session.waitFor("bodies on the screen") { $0.contains("075647") && TerminalTests.lines($0).last == TerminalTests.bare }
        #expect(Self.received(received) == paged, "pager off still paged")
        try session.type("pager")
        try session.keys("Enter")
        try session.waitFor("pager's state") { $0.contains("pager off") }
    }

    @Test("-c never pages, however long its output",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func noPagerUnderC() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (pager, received) = try Self.fakePager(in: folder)
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(environment: "PAGER='\(pager)'", arguments: "-c bodies; sleep 5")
        try session.waitFor("the bodies") { $0.contains("075647") }
        #expect(!FileManager.default.fileExists(atPath: received.path), "the pager got:\n\(Self.received(received))")
    }
}
