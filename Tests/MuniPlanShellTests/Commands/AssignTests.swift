import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `assign MEASURE BODY…` covers bodies in the current year, or refuses.
@Suite struct AssignTests {
    @Test("assign covers named bodies in the current year and says what changed")
    func assign() throws {
        let interpreter = try makeInterpreter()
        let printed = try interpreter.run("assign advisor 檜枝岐村 tadami")
        #expect(printed.texts == ["advisor FY2022 (R4): +2 檜枝岐村 只見町; 2 covered"])
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644", "073679"])
        #expect(try interpreter.run("assign advisor 檜枝岐村").texts == ["advisor FY2022 (R4): no change; 2 covered"])
    }

    @Test("body arguments: code, 5-digit code, kana, katakana, name without suffix")
    func bodyForms() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign ict-grant 073644 07367 みなみあいづまち シモゴウ 福島")
        #expect(interpreter.session.plan.covered("ict-grant", in: FiscalYear(2022)) == ["073644", "073679", "073687", "073628", "072010"])
    }

    @Test("selectors keep only the eligible bodies")
    func selectors() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign security-cloud all")
        #expect(interpreter.session.plan.covered("security-cloud", in: FiscalYear(2022)).count == 60)
        try interpreter.run("assign ict-grant all")
        #expect(interpreter.session.plan.covered("ict-grant", in: FiscalYear(2022)).count == 59)
        try interpreter.run("assign seminar kind:village district:南会津")
        #expect(interpreter.session.plan.covered("seminar", in: FiscalYear(2022)) == ["073644"])
    }

    @Test("a named body that is not eligible is refused")
    func notEligible() throws {
        let interpreter = try makeInterpreter()
        let message = interpreter.failure("assign advisor 檜枝岐村 assoc-1")
        #expect(message.contains("advisor"))
        #expect(message.contains("要望のあった一部事務組合"))
        #expect(interpreter.session.plan == Plan())
    }

    @Test("an unknown body or measure is refused and nothing is assigned")
    func unknown() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("assign advisor 檜枝岐村 hinoemta").contains("unknown body 'hinoemta'"))
        #expect(interpreter.failure("assign nosuch 檜枝岐村").hasPrefix("unknown measure 'nosuch'"))
        #expect(interpreter.failure("assign advisor") == "assign: missing BODY — usage: assign MEASURE BODY…")
        #expect(interpreter.session.plan == Plan())
    }

    @Test("parsing gives the measure and the bodies as typed; the line form wraps ten codes a line")
    func parsing() throws {
        #expect(try parsed("assign advisor 檜枝岐村 tadami") as? AssignCommand
                == AssignCommand(measure: "advisor", bodies: ["檜枝岐村", "tadami"]))
        let codes = try bundledDataset().bodies.prefix(12).map(\.code)
        let command = AssignCommand(measure: "ict-grant", bodies: codes)
        let lines = command.line.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "assign ict-grant " + codes.prefix(10).joined(separator: " ") + " \\")
        #expect(lines[1] == "    " + codes.suffix(2).joined(separator: " "))
        #expect(AssignCommand(measure: "advisor", bodies: ["073644"]).line == "assign advisor 073644")
    }
}
