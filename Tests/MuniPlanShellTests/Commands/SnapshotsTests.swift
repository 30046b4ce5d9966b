import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `snapshots` lists what was taken, in order, against the plan as it is now.
@Suite struct SnapshotsTests {
    @Test("snapshots are listed in the order taken, each marked against now")
    func listed() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("snapshot a; assign advisor hinoemata; snapshot b")
        let table = try #require(try interpreter.run("snapshots").tables.first)
        #expect(table.rows.map { $0.cells[0] } == [.text("a"), .text("b")])
        #expect(table.rows.map { $0.cells[1] } == [.integer(0), .integer(1)])
        #expect(table.rows.map { $0.cells[2] } == [.text("differs"), .text("same as now")])
    }

    @Test("with none taken the table says how to take one")
    func none() throws {
        let table = try #require(try makeInterpreter().run("snapshots").tables.first)
        #expect(table.rows.isEmpty)
        #expect(table.footer == ["no snapshots — snapshot NAME"])
    }

    @Test("snapshots takes no arguments")
    func extraArgument() throws {
        #expect(try makeInterpreter().failure("snapshots a") == "snapshots: unexpected 'a' — usage: snapshots")
    }
}
