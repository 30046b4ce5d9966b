import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `kpi [--fy FY]`: every KPI held against the plan.
@Suite struct KPITests {
    func row(_ table: Table, _ kpi: String) throws -> [Table.Cell] {
        try #require(table.records.first { $0.cells[0] == .text(kpi) }).cells
    }

    @Test("each KPI in its own year, or in the year given; the plan's value and the gap follow edits")
    func table() throws {
        let interpreter = try makeInterpreter()
        #expect(try row(try interpreter.run("kpi").tables[0], "advisor").suffix(5)
                == [.text("FY2022"), .integer(0), .integer(19), .text("short by 19"), .empty])
        try interpreter.run("assign advisor hinoemata tadami")
        #expect(try row(try interpreter.run("kpi").tables[0], "advisor")[8] == .integer(17))
        #expect(try row(try interpreter.run("kpis --fy R9").tables[0], "advisor")[6] == .text("FY2027"))
        #expect(try row(try interpreter.run("kpi").tables[0], "ict-grant-41").last == .text("conflict"))
    }

    @Test("the parsed value keeps --fy as typed")
    func parsing() throws {
        #expect(try parsed("kpi --fy R5") as? KPICommand == KPICommand(fy: "R5"))
        #expect(try parsed("kpi --fy=R5") as? KPICommand == KPICommand(fy: "R5"))
        #expect(try parsed("kpis") as? KPICommand == KPICommand(fy: nil))
    }

    @Test("a year that is not one is refused")
    func badYear() throws {
        #expect(try makeInterpreter().failure("kpi --fy R99x").contains("R99x"))
    }
}
