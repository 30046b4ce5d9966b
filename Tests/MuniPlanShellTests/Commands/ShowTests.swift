import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `show BODY`: one body's names, district, population, need score and coverage.
@Suite struct ShowTests {
    @Test("a body named any way shows its fields, need parts and coverage by year")
    func card() throws {
        let interpreter = try makeInterpreter()
        for name in ["檜枝岐村", "hinoemata", "073644", "ひのえまた"] {
            let text = try interpreter.run("show \(name)").texts[0]
            #expect(text.hasPrefix("檜枝岐村 (ひのえまたむら, hinoemata)\n  code        073644\n"), "\(name)")
        }
        let before = try interpreter.run("show hinoemata").texts[0]
        #expect(before.contains("  district    南会津 (南会津地方振興局, minamiaizu)"))
        #expect(before.contains("  population  507 (2020 census)"))
        #expect(before.contains("  need        1.510 in FY2022 (R4)"))
        #expect(before.hasSuffix("  covered     — (by no measure yet)"))
        try interpreter.run("assign advisor hinoemata; fy R5; assign ict-grant hinoemata")
        let after = try interpreter.run("show hinoemata").texts[0]
        #expect(after.hasSuffix("  covered     FY2022 (R4): advisor\n              FY2023 (R5): ict-grant"))
    }

    @Test("show needs exactly one known body")
    func errors() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("show nowhere") == "unknown body 'nowhere'")
        // A measure's name, alias or id (full-width as an IME gives it) is said to be one.
        #expect(interpreter.failure("show セキュリティクラウド")
                == "'セキュリティクラウド' is a measure (security-cloud), not a body: show takes a body; measures lists the measures")
        try interpreter.run("lang ja")
        #expect(interpreter.failure("show ｓｅｃｕｒｉｔｙ－ｃｌｏｕｄ")
                == "「ｓｅｃｕｒｉｔｙ－ｃｌｏｕｄ」は事業（security-cloud）で、団体ではありません。show には団体を指定します。事業は measures で一覧できます")
        try interpreter.run("lang en")
        #expect(interpreter.failure("show") == "show: missing BODY — usage: show BODY")
        #expect(try parsed("show tadami") as? ShowCommand == ShowCommand(body: "tadami"))
    }

    @Test("a long unknown word is quoted 64 characters at most, in every message that echoes one")
    func longWordsQuotedShort() throws {
        let interpreter = try makeInterpreter()
        let word = String(repeating: "x", count: 10_000)
        for line in ["show \(word)", "districts \(word)", "help \(word)"] {
            let message = interpreter.failure(line)
            #expect(message.count < 400, "\(message.prefix(120))…")
            #expect(message.contains(String(repeating: "x", count: 64) + "…"), "\(message.prefix(120))")
        }
    }
}
