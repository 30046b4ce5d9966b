import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `unassign MEASURE BODY…` stops covering bodies in the current year.
@Suite struct UnassignTests {
    @Test("unassign removes bodies; selectors work there too")
    func unassign() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign ict-grant district:南会津")
        #expect(try interpreter.run("unassign ict-grant hinoemata").texts == ["ict-grant FY2022 (R4): −1 檜枝岐村; 3 covered"])
        try interpreter.run("unassign ict-grant all")
        #expect(interpreter.session.plan == Plan())
    }

    @Test("unassigning what is not covered changes nothing; an unknown body is refused")
    func nothingToRemove() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("unassign advisor hinoemata").texts == ["advisor FY2022 (R4): no change; 0 covered"])
        #expect(interpreter.session.undoStack.count == 0)
        #expect(interpreter.failure("unassign advisor nowhere").contains("unknown body 'nowhere'"))
        #expect(interpreter.failure("unassign advisor") == "unassign: missing BODY — usage: unassign MEASURE BODY…")
    }

    @Test("parsing gives the measure and the bodies as typed")
    func parsing() throws {
        #expect(try parsed("unassign advisor all") as? UnassignCommand == UnassignCommand(measure: "advisor", bodies: ["all"]))
    }
}
