import MuniPlan
import Testing
@testable import MuniPlanShell

/// undo, redo, snapshot, diff, reset — and failed commands that change nothing.
@Suite struct WhatIfTests {
    func advisor(_ interpreter: Interpreter) -> Set<String> {
        interpreter.session.plan.covered("advisor", in: FiscalYear(2022))
    }

    @Test("reset empties the plan and undo brings it back")
    func reset() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign security-cloud all; capacity advisor 3; set seminar 4")
        let before = interpreter.session.plan
        try interpreter.run("reset")
        #expect(interpreter.session.plan == Plan())
        try interpreter.run("undo")
        #expect(interpreter.session.plan == before)
    }

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

    @Test("snapshots are listed; an unknown one is an error naming the known ones")
    func snapshots() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("diff") == "no snapshot to compare with — take one with: snapshot NAME")
        try interpreter.run("snapshot a; assign advisor hinoemata; snapshot b")
        let table = try #require(try interpreter.run("snapshots").tables.first)
        #expect(table.rows.map { $0.cells[0] } == [.text("a"), .text("b")])
        #expect(table.rows.map { $0.cells[2] } == [.text("differs"), .text("same as now")])
        #expect(interpreter.failure("diff zz") == "no snapshot 'zz' — known: a, b")
    }

    static let failingLines = [
        "assign advisor nowhere", "assign advisor 檜枝岐村 nowhere", "assign nosuch 檜枝岐村", "assign advisor assoc-1",
        "assign advisor all", "unassign advisor district:nowhere", "capacity advisor 1", "capacity advisor -3",
        "set online-rate 120", "set advisor 3", "weight nosuch 1", "fy R200", "fy tomorrow", "show nowhere",
        "bodies kind:castle", "diff nosuch", "redo", "snapshot", "kpi --fy someday", "format xml", "run /nonexistent/x.plan",
        "indicators load /nonexistent/x.csv", "expect kpi advisor met", "show 'unclosed", "nosuchcommand",
        "indicators set BAD 073644 1",
    ]

    @Test("a failing command leaves the session as it was", arguments: failingLines)
    func failureChangesNothing(line: String) throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata tadami; fy R5; assign ict-grant district:会津; format md")
        let plan = interpreter.session.plan, year = interpreter.session.year, format = interpreter.session.format
        let prompt = interpreter.prompt
        _ = interpreter.failure(line)
        #expect(interpreter.session.plan == plan)
        #expect(interpreter.session.year == year)
        #expect(interpreter.session.format == format)
        #expect(interpreter.prompt == prompt)
        // The history is intact: one undo takes back the last good edit.
        try interpreter.run("undo")
        #expect(interpreter.session.plan.covered("ict-grant", in: FiscalYear(2023)).isEmpty)
        #expect(advisor(interpreter).count == 2)
    }
}
