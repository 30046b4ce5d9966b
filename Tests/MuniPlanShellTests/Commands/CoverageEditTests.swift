import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `assign` and `unassign` edit the session in place, name their own change for undo and
/// are not copied to be rolled back: what they leave must be what a copy-and-compare did.
@Suite struct CoverageEditTests {
    static let words = ["hinoemata", "tadami", "いわき市", "072010", "aizuwakamatsu", "玉川村", "kind:village", "district:会津"]

    @Test("a long run of edits undoes to every plan it passed through, and redoes back")
    func undoWalksEveryEdit() throws {
        let interpreter = try makeInterpreter()
        var plans = [interpreter.session.plan]
        // A fixed sequence (a linear congruential generator), so a failure can be replayed.
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let verb = next(3) == 0 ? "unassign" : "assign"
            let measure = ["ict-grant", "advisor"][next(2)]
            try interpreter.run("\(verb) \(measure) \(Self.words[next(Self.words.count)]) \(Self.words[next(Self.words.count)])")
            if interpreter.session.plan != plans.last { plans.append(interpreter.session.plan) }
        }
        #expect(plans.count > 100)
        for plan in plans.reversed().dropFirst() {
            try interpreter.run("undo")
            #expect(interpreter.session.plan == plan)
        }
        #expect(interpreter.failure("undo") == "nothing to undo")
        for plan in plans.dropFirst() {
            try interpreter.run("redo")
            #expect(interpreter.session.plan == plan)
        }
    }

    @Test("an edit that fails leaves the plan, its history and the year as they were")
    func failureChangesNothing() throws {
        let interpreter = try makeInterpreter()
        // A capacity of 2, so that a third body in 2023 is refused after the edit added it in place.
        try interpreter.run("capacity advisor 2; assign advisor hinoemata; fy 2023; assign advisor tadami")
        let plan = interpreter.session.plan
        let undo = interpreter.session.undoStack
        for line in ["assign advisor nowhere", "assign nothing hinoemata", "unassign advisor nowhere", "unassign advisor",
                     "expect count covered:advisor >= 5", "expect count covered:nothing >= 0", "assign advisor showa katsurao"] {
            _ = interpreter.failure(line)
            #expect(interpreter.session.plan == plan, "\(line)")
            #expect(interpreter.session.undoStack == undo, "\(line)")
            #expect(interpreter.session.year == FiscalYear(2023), "\(line)")
        }
        #expect(interpreter.failure("assign advisor showa katsurao")
            == "advisor covers at most 2 bodies a year; this would make 3 in FY2023 (R5) (raise it with: capacity advisor N)")
        #expect(try interpreter.run("undo").texts == ["undone: assign advisor tadami (−1 body; 2 more to undo)"])
    }
}
