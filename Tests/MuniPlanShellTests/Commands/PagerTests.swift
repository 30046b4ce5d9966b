import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `pager [on|off]`: the setting the prompt reads, said back in the session's language;
/// `$PAGER` split on spaces, else less -FRX.
@Suite struct PagerTests {
    @Test("pager off and on set it silently; pager alone says which, in English and Japanese")
    func states() throws {
        let shell = try makeInterpreter()
        #expect(shell.settings.pager)
        #expect(try shell.run("pager off").outputs.isEmpty)
        #expect(!shell.settings.pager)
        #expect(try shell.run("pager").texts == ["pager off"])
        shell.session.language = .japanese
        #expect(try shell.run("pager").texts == ["ページャー：オフ"])
        try shell.run("pager on")
        #expect(try shell.run("pager").texts.first?.hasPrefix("ページャー：オン（") == true)
        #expect(shell.failure("pager sideways").contains("sideways"))
    }

    @Test("the command: PAGER split on spaces with no shell, less -FRX without it; the height counts wrapped lines")
    func command() {
        #expect(Pager.command(environment: [:]) == ["less", "-FRX"])
        #expect(Pager.command(environment: ["PAGER": "  "]) == ["less", "-FRX"])
        #expect(Pager.command(environment: ["PAGER": "less -R  -S"]) == ["less", "-R", "-S"])
        #expect(Pager.height(of: "a\nb", width: 80) == 2)
        #expect(Pager.height(of: String(repeating: "檜", count: 50), width: 60) == 2)
    }
}
