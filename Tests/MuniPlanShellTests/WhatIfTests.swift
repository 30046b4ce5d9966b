import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Failed commands change nothing: the plan, the year, the format and the history stay.
@Suite struct WhatIfTests {
    func advisor(_ interpreter: Interpreter) -> Set<String> {
        interpreter.session.plan.covered("advisor", in: FiscalYear(2022))
    }

    static let failingLines = [
        "assign advisor nowhere", "assign advisor 檜枝岐村 nowhere", "assign nosuch 檜枝岐村", "assign advisor assoc-1",
        "allocate smart-city", "unassign advisor district:nowhere", "capacity advisor 1", "capacity advisor -3",
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
