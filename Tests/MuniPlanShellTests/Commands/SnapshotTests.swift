import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `snapshot NAME` keeps the plan under a name; taking a name again needs --force.
@Suite struct SnapshotTests {
    @Test("snapshot keeps the plan as it is now; the same name again replaces it with --force")
    func takes() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata")
        #expect(try interpreter.run("snapshot a").texts == ["snapshot a taken"])
        let first = interpreter.session.plan
        #expect(interpreter.session.snapshot(named: "a") == first)
        try interpreter.run("assign advisor tadami; snapshot b")
        #expect(interpreter.failure("snapshot a") == "snapshot a exists — snapshot a --force replaces it")
        #expect(interpreter.session.snapshot(named: "a") == first, "a refused snapshot changes nothing")
        try interpreter.run("snapshot a --force")
        #expect(interpreter.session.snapshots.names == ["b", "a"])
        #expect(interpreter.session.snapshot(named: "a") == interpreter.session.plan)
        #expect(interpreter.session.snapshot(named: "a") != first)
    }

    @Test("a snapshot is not a change to the plan: undo skips it")
    func notAnEdit() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata; snapshot a; undo")
        #expect(interpreter.session.plan == Plan())
        #expect(interpreter.session.snapshot(named: "a") != Plan())
    }

    @Test("a name is required")
    func missingName() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("snapshot") == "snapshot: missing NAME — usage: snapshot NAME [--force]")
        #expect(interpreter.session.snapshots.isEmpty)
    }

    @Test("a quoted --word is a name, not an option")
    func quotedName() throws {
        #expect(try parsed("snapshot '--force'") as? SnapshotCommand == SnapshotCommand(name: "--force"))
    }
}
