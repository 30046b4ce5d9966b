import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `undo` and `redo` walk the plan's history; the history is bounded.
@Suite struct UndoTests {
    func advisor(_ interpreter: Interpreter) -> Set<String> {
        interpreter.session.plan.covered("advisor", in: FiscalYear(2022))
    }

    @Test("undo and redo walk the plan's history")
    func undoRedo() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata")
        try interpreter.run("assign advisor tadami")
        try interpreter.run("undo")
        #expect(advisor(interpreter) == ["073644"])
        try interpreter.run("undo")
        #expect(advisor(interpreter).isEmpty)
        #expect(interpreter.failure("undo") == "nothing to undo")
        try interpreter.run("redo; redo")
        #expect(advisor(interpreter) == ["073644", "073679"])
        #expect(interpreter.failure("redo") == "nothing to redo")
    }

    @Test("undo and redo name the command they take back and the bodies it moved")
    func namesTheChange() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("allocate advisor 19 --min-per-district 1; set seminar 4")
        #expect(try interpreter.run("undo").texts == ["undone: set seminar 4 (1 more to undo)"])
        #expect(try interpreter.run("undo").texts == ["undone: allocate advisor 19 --min-per-district 1 (−19 bodies; 0 more to undo)"])
        #expect(try interpreter.run("redo").texts == ["redone: allocate advisor 19 --min-per-district 1 (+19 bodies)"])
        try interpreter.run("undo")
        try interpreter.run("assign advisor \"檜枝岐村\" tadami")
        #expect(try interpreter.run("undo").texts == ["undone: assign advisor 檜枝岐村 tadami (−2 bodies; 0 more to undo)"])
        // The names survive the trim that keeps the stack bounded.
        for i in 1...2_100 { try interpreter.run("set seminar \(i)") }
        for _ in 1...999 { try interpreter.run("undo") }
        #expect(try interpreter.run("undo").texts == ["undone: set seminar 1101 (0 more to undo)"])
    }

    @Test("undo names a long command by its first 80 characters, not every code typed")
    func longChangeName() throws {
        let interpreter = try makeInterpreter()
        let codes = interpreter.session.dataset.bodies.filter { $0.kind.isMunicipality && $0.district == "会津" }.map(\.code)
        let line = "assign advisor " + codes.joined(separator: " ")
        #expect(line.count > 80)
        try interpreter.run(line)
        let moved = advisor(interpreter).count
        #expect(try interpreter.run("undo").texts == ["undone: \(line.prefix(80))… (−\(moved) bodies; 0 more to undo)"])
    }

    @Test("undo keeps the last 1,000 changes: older ones are forgotten, memory stays bounded")
    func undoLimit() throws {
        let interpreter = try makeInterpreter()
        var plans: [Plan] = [interpreter.session.plan]
        for i in 1...2_500 {
            try interpreter.run("set seminar \(i)")
            plans.append(interpreter.session.plan)
        }
        for _ in 1...PlanStack.defaultLimit { try interpreter.run("undo") }
        #expect(interpreter.session.plan == plans[2_500 - PlanStack.defaultLimit])
        #expect(interpreter.failure("undo") == "nothing to undo")
        try interpreter.run("redo")
        #expect(interpreter.session.plan == plans[2_500 - PlanStack.defaultLimit + 1])
    }

    @Test("a stack trimmed to its limit still pops in order, and a copy pops on its own")
    func stackTrim() {
        var stack = PlanStack(limit: 3)
        var plans: [Plan] = []
        for i in 0..<10 {
            var plan = Plan()
            plan.capacities["advisor"] = i
            plans.append(plan)
            // Each plan pushed as the one the next replaces; the last is replaced by the empty plan.
            if i > 0 { stack.append(plans[i - 1], over: plan) }
        }
        stack.append(plans[9], over: Plan())
        #expect(stack.count == 3)
        var copy = stack
        #expect(copy.popLast(from: Plan()) == plans[9])
        #expect(copy.count == 2)
        #expect(copy.popLast(from: plans[9]) == plans[8])
        #expect(copy.popLast(from: plans[8]) == plans[7])
        #expect(copy.popLast(from: plans[7]) == nil)
        #expect(stack.count == 3)
        #expect(stack.popLast(from: Plan()) == plans[9])
    }

    @Test("a new edit after undo drops the redo history")
    func editClearsRedo() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata; undo; assign advisor tadami")
        #expect(interpreter.failure("redo") == "nothing to redo")
        #expect(advisor(interpreter) == ["073679"])
    }

    @Test("an edit that changes nothing is not an undo step")
    func noOpEdit() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata; assign advisor hinoemata; undo")
        #expect(advisor(interpreter).isEmpty)
    }
}
