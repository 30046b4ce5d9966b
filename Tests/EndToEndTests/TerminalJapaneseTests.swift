import Foundation
import TestSupport
import Testing

/// The prompt under a Japanese locale, as staff use it through an IME: Tab completes a
/// Japanese measure alias in place, Ctrl-C drops a half-typed Japanese line and the session
/// goes on, and the unsaved-changes warning is in Japanese.
@Suite(.serialized) struct TerminalJapaneseTests {

    @Test("LANG=ja_JP.UTF-8: Tab on アド completes アドバイザー派遣, Ctrl-C keeps the session, Ctrl-D warns in Japanese",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func japanesePrompt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }

        try session.start(lang: "ja_JP.UTF-8")
        try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare }

        // A measure by the start of its Japanese alias, completed in place; the command runs.
        try session.type("coverage アド")
        try session.keys("Tab")
        try session.waitFor("the alias completed") { TerminalTests.lines($0).last?.hasSuffix("coverage アドバイザー派遣") == true }
        try session.keys("Enter")
        try session.waitFor("the coverage table, its status in Japanese") { screen in
            screen.contains("未達（あと19団体）") && TerminalTests.lines(screen).last == TerminalTests.bare
        }

        // Ctrl-C on a half-typed Japanese line: a fresh prompt, nothing ran.
        try session.interrupt(halfTyped: "show 檜枝")
        // An error in Japanese, and the session still answers.
        try session.type("shwo 檜枝岐村")
        try session.keys("Enter")
        try session.waitFor("the unknown command in Japanese") { $0.contains("不明なコマンド「shwo」") }

        // An edit marks the prompt; Ctrl-D warns once, in Japanese; the second leaves.
        try session.type("assign アドバイザー派遣 檜枝岐村")
        try session.keys("Enter")
        try session.waitFor("the unsaved mark") { TerminalTests.lines($0).last == "muniplan R4*>" }
        try session.keys("C-d")
        try session.waitFor("the unsaved-changes warning in Japanese") { $0.contains("保存していない変更があります") }
        #expect(session.isRunning, "the first Ctrl-D with unsaved changes should only warn")
        try session.keys("C-d")
        session.waitForExit()
    }
}
