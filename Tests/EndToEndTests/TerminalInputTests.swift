import Foundation
import TestSupport
import Testing

/// The prompt as an IME and Emacs use it (issue 15): Tab after a full-width space completes
/// the word after it and keeps the command; under TERM=dumb a plain prompt, whose errors
/// do not end the session.
@Suite(.serialized) struct TerminalInputTests {
    typealias Screen = TerminalTests

    @Test("ｓｈｏｗ　ひの + Tab completes the body and keeps ｓｈｏｗ　; the list of matches shows the names alone",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func fullWidthTab() throws {
        try atPrompt { session in
            try session.type("ｓｈｏｗ　ひの")
            try session.keys("Tab")
            try session.waitFor("the body completed after the full-width space") {
                Screen.lines($0).last?.trimmingCharacters(in: .whitespaces) == Screen.prompt + "ｓｈｏｗ　檜枝岐村"
            }
            try session.keys("Enter")
            try session.waitFor("檜枝岐村 shown") { $0.contains("檜枝岐村 (ひのえまたむら, hinoemata)") && Screen.lines($0).last == Screen.bare }

            // Several matches: readline lists them by name, not each behind `ｓｈｏｗ　`.
            try session.type("ｓｈｏｗ　ひ")
            try session.keys("Tab", "Tab")
            let listed = try session.waitFor("the matches listed, then the line again") { screen in
                screen.contains("広野町") && screen.contains("平田村") && Screen.lines(screen).last == Screen.prompt + "ｓｈｏｗ　ひ"
            }
            #expect(!listed.contains("ｓｈｏｗ　広野町"), "matches shown with the command in front:\n\(listed)")
            try session.keys("C-u", "C-d")
            session.waitForExit()
        }
    }

    @Test("TERM=dumb: a plain prompt, an error does not end the session, Ctrl-C and Ctrl-D as at any prompt",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func dumbTerminal() throws {
        try atPrompt(term: "dumb") { session in
            try session.type("show hin")
            try session.keys("Enter")
            try session.waitFor("the error, then the prompt again") { screen in
                screen.contains("error: unknown body 'hin'") && Screen.lines(screen).last == Screen.bare
            }
            #expect(session.isRunning, "an error at the TERM=dumb prompt ended the session")

            try session.type("ｓｈｏｗ　hinoemata")
            try session.keys("Enter")
            try session.waitFor("檜枝岐村 shown") { $0.contains("檜枝岐村 (ひのえまたむら, hinoemata)") && Screen.lines($0).last == Screen.bare }

            // No readline: Tab completes nothing, the line goes as typed (and is no command).
            try session.type("hel")
            try session.keys("Tab", "Enter")
            try session.waitFor("an unknown command") { $0.contains("unknown command") && Screen.lines($0).last == Screen.bare }
            #expect(!(try session.screen()).contains("muniplan R4> help"), "Tab completed under TERM=dumb")

            try session.keys("C-c")
            try session.waitFor("a fresh prompt after Ctrl-C") { $0.contains("^C") && Screen.lines($0).last == Screen.bare }
            try session.type("assign advisor 檜枝岐村、昭和村")
            try session.keys("Enter")
            try session.waitFor("both assigned") { $0.contains("+2 檜枝岐村 昭和村") && Screen.lines($0).last == "muniplan R4*>" }
            try session.keys("C-d")
            try session.waitFor("the unsaved-changes warning") { $0.contains("unsaved changes") }
            #expect(session.isRunning, "the first Ctrl-D with unsaved changes should only warn")
            try session.keys("C-d")
            session.waitForExit()
        }
    }

    /// Runs `body` on muniplan at its first prompt in tmux, as terminal `term`, its state in a
    /// temporary folder.
    func atPrompt(term: String = "xterm", _ body: (TerminalTests.TmuxSession) throws -> Void) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(term: term)
        try session.waitFor("the prompt") { Screen.lines($0).last == Screen.bare }
        try body(session)
    }
}
