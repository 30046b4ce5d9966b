import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `set KPI VALUE|none` records a planned value of a KPI that counts no bodies.
@Suite struct SetTests {
    @Test("set records planned values of event, rate and volume KPIs")
    func setValues() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("set seminar 4; set online-rate 61.0; set e-application 11,000")
        #expect(interpreter.session.plan.plannedValue("seminar", in: FiscalYear(2022)) == 4)
        #expect(interpreter.session.plan.plannedValue("online-rate", in: FiscalYear(2022)) == 61)
        #expect(interpreter.session.plan.plannedValue("e-application", in: FiscalYear(2022)) == 11_000)
        #expect(interpreter.failure("set online-rate 101").contains("over 100"))
        #expect(!interpreter.failure("set advisor 19").isEmpty)
        try interpreter.run("set seminar none")
        #expect(interpreter.session.plan.plannedValue("seminar", in: FiscalYear(2022)) == nil)
    }

    @Test("set says what was planned against the target; an unknown KPI or a bad value is refused")
    func says() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("set seminar 4").texts == ["seminar FY2022 (R4): planned 4 times (target 4 times)"])
        #expect(interpreter.failure("set nosuch 4") == "unknown KPI 'nosuch' — known: seminar, online-rate, mynumber, e-application")
        #expect(interpreter.failure("set seminar lots")
                == "set: VALUE must be a number from 0 to 1e15, not 'lots' — usage: set KPI VALUE|none")
    }

    @Test("its line form (what save writes) parses back to it")
    func line() throws {
        for command in [SetCommand(kpi: "e-application", value: 11_000), SetCommand(kpi: "online-rate", value: 61.5),
                        SetCommand(kpi: "seminar", value: nil)] {
            #expect(try parsed(command.line) as? SetCommand == command)
        }
        #expect(SetCommand(kpi: "e-application", value: 11_000).line == "set e-application 11000")
        #expect(SetCommand(kpi: "seminar", value: nil).line == "set seminar none")
    }
}
