import TestSupport
import Testing
@testable import MuniPlanShell

/// `quit` (or `exit`) ends the session.
@Suite struct QuitTests {
    @Test("quit ends the session and skips the rest of the line")
    func quit() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("quit; assign advisor hinoemata")
        #expect(interpreter.quitRequested)
        #expect(interpreter.session.plan.coverage.isEmpty)
    }

    @Test("exit is quit; a script stops at it")
    func exitAlias() throws {
        #expect(try parsed("exit") is QuitCommand)
        let interpreter = try makeInterpreter()
        let result = interpreter.script(["assign advisor hinoemata", "exit", "assign advisor tadami"])
        #expect(result.outcome.succeeded)
        #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year) == ["073644"])
    }

    @Test("quit takes no arguments and leaves the session running")
    func arguments() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("quit now") == "quit: unexpected 'now' — usage: quit")
        #expect(!interpreter.quitRequested)
    }
}
