import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `capacity MEASURE [N|default]` limits how many bodies a measure covers a year.
@Suite struct CapacityTests {
    @Test("a capacity is never exceeded")
    func capacity() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("capacity advisor 2")
        try interpreter.run("assign advisor 檜枝岐村 只見町")
        _ = interpreter.failure("assign advisor 下郷町")
        _ = interpreter.failure("capacity advisor 1")
        #expect(interpreter.session.plan.capacities["advisor"] == 2)
        try interpreter.run("capacity advisor default")
        #expect(interpreter.session.plan.capacities["advisor"] == nil)
    }

    @Test("a capacity below what is already covered is refused, saying what to do; the capacity stays")
    func belowCovered() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor 檜枝岐村 只見町")
        #expect(interpreter.failure("capacity advisor 1")
                == "advisor already covers 2 bodies in FY2022 (R4); unassign some before lowering its capacity to 1")
        #expect(interpreter.session.plan.capacities["advisor"] == nil)
        #expect(interpreter.failure("capacity nosuch 3").hasPrefix("unknown measure 'nosuch' — known: seminar"))
    }

    @Test("capacity says the limit in force and the source's own")
    func says() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("capacity advisor 25").texts == ["advisor: at most 25 bodies a year (the source's target, 19 bodies, is not a cap)"])
        #expect(try interpreter.run("capacity smart-city").texts == ["smart-city: no capacity limit"])
    }

    @Test("a KPI target is not a cap: advisor has no limit until one is set, and assign all works")
    func targetIsNotACap() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("capacity advisor").texts == ["advisor: no capacity limit (the source's target, 19 bodies, is not a cap)"])
        try interpreter.run("assign advisor all")
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)).count == 59)
    }

    @Test("N, default and nothing parse into the command, and its line form parses back")
    func parsing() throws {
        #expect(try parsed("capacity advisor 25") as? CapacityCommand == CapacityCommand(measure: "advisor", change: .set(25)))
        #expect(try parsed("capacity advisor default") as? CapacityCommand == CapacityCommand(measure: "advisor", change: .reset))
        #expect(try parsed("capacity advisor") as? CapacityCommand == CapacityCommand(measure: "advisor", change: nil))
        for change in [CapacityCommand.Change.set(3), .reset, nil] {
            let command = CapacityCommand(measure: "advisor", change: change)
            #expect(try parsed(command.line) as? CapacityCommand == command)
        }
        #expect(CapacityCommand(measure: "advisor", change: .set(3)).line == "capacity advisor 3")
    }
}
