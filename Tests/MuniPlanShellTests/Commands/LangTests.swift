import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `lang ja|en` switches the language of what muniplan says; saved scenarios do not change.
@Suite struct LangTests {
    @Test("lang ja switches messages to Japanese, lang en back; lang alone names the language")
    func switches() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("lang").texts == ["lang en"])
        try interpreter.run("lang ja")
        #expect(interpreter.session.language == .japanese)
        #expect(try interpreter.run("lang").texts == ["lang ja"])
        #expect(interpreter.failure("undo") == "元に戻す操作はありません")
        try interpreter.run("lang english")
        #expect(interpreter.failure("undo") == "nothing to undo")
    }

    @Test("lang with a word that names no language is a usage error and changes nothing")
    func unknown() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("lang fr") == "lang: unknown language 'fr' — usage: lang [ja|en]")
        #expect(interpreter.session.language == .english)
    }
}
