import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `districts`: each district with its bodies and population.
@Suite struct DistrictsTests {
    @Test("seven districts whose body counts add up to every body")
    func table() throws {
        let table = try makeInterpreter().run("districts").tables[0]
        #expect(table.records.map { $0.cells[0] } == ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき"].map(Table.Cell.text))
        let counts = table.records.compactMap { if case let .integer(n) = $0.cells[3] { n } else { nil } }
        #expect(counts.reduce(0, +) == 59, "the association has no district")
        #expect(table.records[4].cells[4] == .integer(24_268))
    }

    @Test("districts takes no arguments")
    func arguments() throws {
        #expect(try makeInterpreter().failure("districts now") == "districts: unexpected 'now' — usage: districts")
        #expect(try parsed("DISTRICTS") is DistrictsCommand)
    }
}
