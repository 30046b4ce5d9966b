import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `bodies` lists bodies in code order, grouped by district with subtotals.
@Suite struct BodiesTests {
    @Test("without selectors every body is listed, each district subtotalled, the prefecture totalled")
    func everything() throws {
        let table = try makeInterpreter().run("bodies").tables[0]
        #expect(table.records.count == 60)
        #expect(table.rows.filter { $0.kind == .subtotal }.count == 8, "seven districts and the bodies without one")
        let total = try #require(table.rows.last)
        #expect(total.kind == .total && total.cells[4] == .text("60 bodies"))
    }

    @Test("selectors narrow each other; one district has no subtotal, only the total")
    func selectors() throws {
        let interpreter = try makeInterpreter()
        let table = try interpreter.run("bodies district:南会津").tables[0]
        #expect(table.records.map { $0.cells[0] } == [.text("073628"), .text("073644"), .text("073679"), .text("073687")])
        #expect(table.rows.last?.cells[1] == .text("total") && table.rows.last?.cells[6] == .integer(24_268))
        #expect(try interpreter.run("bodies kind:village district:南会津").tables[0].records.map { $0.cells[1] } == [.text("檜枝岐村")])
        #expect(try parsed("list kind:village") as? BodiesCommand == BodiesCommand(terms: ["kind:village"]))
    }

    @Test("an unknown body is an error that suggests the closest one")
    func unknownBody() throws {
        #expect(try makeInterpreter().failure("bodies hinoemta").hasPrefix("unknown body 'hinoemta' — did you mean 檜枝岐村"))
    }
}
