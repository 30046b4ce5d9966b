import MuniPlan
import Testing
@testable import MuniPlanShell

/// assign, unassign, capacity and set change the plan of the current year, or refuse.
@Suite struct EditingTests {
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

    @Test("unassign removes bodies; selectors work there too")
    func unassign() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign ict-grant district:南会津")
        #expect(try interpreter.run("unassign ict-grant hinoemata").texts == ["ict-grant FY2022 (R4): −1 檜枝岐村; 3 covered"])
        try interpreter.run("unassign ict-grant all")
        #expect(interpreter.session.plan == Plan())
    }
}
