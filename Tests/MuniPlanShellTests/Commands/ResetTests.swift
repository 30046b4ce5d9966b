import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `reset` empties the plan as one undoable change.
@Suite struct ResetTests {
    @Test("reset empties the plan and undo brings it back")
    func reset() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign security-cloud all; capacity advisor 3; set seminar 4")
        let before = interpreter.session.plan
        #expect(try interpreter.run("reset").texts == ["the plan is empty (undo brings it back)"])
        #expect(interpreter.session.plan == Plan())
        try interpreter.run("undo")
        #expect(interpreter.session.plan == before)
    }

    @Test("reset takes no arguments and changes nothing when given one")
    func extraArgument() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata")
        let before = interpreter.session.plan
        #expect(interpreter.failure("reset all") == "reset: unexpected 'all' — usage: reset")
        #expect(interpreter.session.plan == before)
    }

    @Test("its line form (the first command save writes) parses back to it")
    func line() throws {
        #expect(try parsed(ResetCommand().line) as? ResetCommand == ResetCommand())
    }
}
