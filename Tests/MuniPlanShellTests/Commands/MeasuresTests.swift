import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `measures`: the catalogue, with the plan's capacities and each measure's KPI targets.
@Suite struct MeasuresTests {
    @Test("each measure with its items, eligible kinds, capacity and KPIs; a new capacity shows")
    func table() throws {
        let interpreter = try makeInterpreter()
        func advisor() throws -> [Table.Cell] {
            try #require(try interpreter.run("measures").tables[0].records.first { $0.cells[0] == .text("advisor") }).cells
        }
        #expect(try advisor() == [.text("advisor"), .text("ＩＣＴアドバイザー市町村派遣事業"), .text("1(5) 1(7) 1(10)"),
                                  .text("city town village"), .empty, .text("19 bodies")])
        try interpreter.run("capacity advisor 25")
        #expect(try advisor()[4] == .integer(25))
        let cloud = try interpreter.run("measures").tables[0].records.first { $0.cells[0] == .text("security-cloud") }
        #expect(cloud?.cells[3] == .text("city town village association"))
    }

    @Test("measures takes no arguments")
    func arguments() throws {
        #expect(try makeInterpreter().failure("measures all") == "measures: unexpected 'all' — usage: measures")
        #expect(try parsed("measures") is MeasuresCommand)
    }
}
