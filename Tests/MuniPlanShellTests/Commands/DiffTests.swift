import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `diff [A] [B]`: bodies gained and lost between snapshots, `now` the current plan.
@Suite struct DiffTests {
    @Test("diff shows bodies gained and lost since a snapshot")
    func snapshotDiff() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata tadami")
        try interpreter.run("snapshot first")
        #expect(try interpreter.run("diff").texts == ["first and now are the same plan"])
        try interpreter.run("unassign advisor tadami; assign advisor shimogo")
        let table = try #require(try interpreter.run("diff first").tables.first)
        let text = TableRenderer().render(table)
        #expect(text.contains("下郷町"))
        #expect(text.contains("只見町"))
        #expect(!text.contains("檜枝岐村"))
        #expect(try interpreter.run("diff").tables.first == table)
        #expect(try interpreter.run("diff first now").tables.first == table)
        try interpreter.run("snapshot second")
        #expect(try interpreter.run("diff second first").tables.count == 1)
    }

    @Test("without snapshots, or with an unknown one, diff says which exist")
    func unknownSnapshot() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("diff") == "no snapshot to compare with — take one with: snapshot NAME")
        #expect(interpreter.failure("diff zz") == "no snapshot 'zz' (none taken yet)")
        try interpreter.run("snapshot a; assign advisor hinoemata; snapshot b")
        #expect(interpreter.failure("diff zz") == "no snapshot 'zz' — known: a, b")
        #expect(interpreter.failure("diff a zz") == "no snapshot 'zz' — known: a, b")
    }

    @Test("A and B parse into the command; missing ones are the last snapshot and now")
    func parsing() throws {
        #expect(try parsed("diff") as? DiffCommand == DiffCommand())
        #expect(try parsed("diff a") as? DiffCommand == DiffCommand(from: "a"))
        #expect(try parsed("diff a b") as? DiffCommand == DiffCommand(from: "a", to: "b"))
        #expect(try makeInterpreter().failure("diff a b c") == "diff: unexpected 'c' — usage: diff [A] [B]")
    }
}
