import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `fy [FY|baseline]`: the year edits apply to.
@Suite struct FyTests {
    @Test("fy moves edits to another year")
    func fiscalYear() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("fy R5").texts == ["editing FY2023 (R5)"])
        try interpreter.run("assign advisor hinoemata")
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2023)) == ["073644"])
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)).isEmpty)
        for form in ["2024", "FY2024", "令和6年度", "r6"] {
            try interpreter.run("fy \(form)")
            #expect(interpreter.session.year == FiscalYear(2024), "fy \(form)")
        }
        try interpreter.run("fy baseline")
        #expect(interpreter.session.year == FiscalYear(2021))
        #expect(!interpreter.failure("fy someday").isEmpty)
        #expect(interpreter.session.year == FiscalYear(2021))
    }

    @Test("fy alone says the year; a bad year is refused and the year stays")
    func show() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("fy").texts == ["editing FY2022 (R4)"])
        #expect(!interpreter.failure("fy R200").isEmpty)
        #expect(interpreter.failure("fy R5 R6") == "fy: unexpected 'R6' — usage: fy [FY|baseline]")
        #expect(interpreter.session.year == FiscalYear(2022))
    }

    @Test("its line form (what save writes) parses back to it")
    func line() throws {
        for command in [FyCommand(year: "FY2023"), FyCommand(year: "baseline"), FyCommand(year: nil)] {
            #expect(try parsed(command.line) as? FyCommand == command)
        }
        #expect(FyCommand(year: "baseline").line == "fy baseline")
    }
}
