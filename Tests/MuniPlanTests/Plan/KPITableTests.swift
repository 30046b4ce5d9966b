import TestSupport
import Testing
@testable import MuniPlan

/// The KPI gap table `kpi` prints and the report shows.
@Suite("KPI table")
struct KPITableTests {
    typealias F = CoverageFixture

    @Test("a row a KPI with its target, the plan's value, the gap and the status")
    func rows() {
        let table = KPITable.make(F.plan, dataset: F.dataset, year: nil)
        #expect(table.name == "kpi")
        #expect(table.records.map { $0.cells.map(\.display) } == [
            ["advisor-total", "advisor", "", "cumulative-bodies", "3", "bodies", "FY2023", "3", "0", "met", ""],
            ["cloud", "cloud", "", "bodies", "2", "bodies", "FY2022", "2", "0", "met", ""],
        ])
    }

    @Test("a year asked for holds every KPI in it")
    func inAYear() {
        let table = KPITable.make(F.plan, dataset: F.dataset, year: FiscalYear(2022))
        #expect(table.records.map { $0.cells[6].display } == ["FY2022", "FY2022"])
        #expect(table.records[0].cells[9].display == "short by 1")
    }

    @Test("a conflict in the source is marked in its column and told under the table")
    func conflicts() throws {
        let dataset = try bundledDataset()
        let table = KPITable.make(Plan(), dataset: dataset, year: nil)
        let conflicted = dataset.kpis.filter { $0.conflict != nil }
        try #require(!conflicted.isEmpty)
        for kpi in conflicted {
            let row = try #require(table.records.first { $0.cells[0].plain == kpi.id })
            #expect(row.cells.last == .text("conflict"))
            #expect(table.footer.contains("※ \(kpi.id): \(kpi.conflict!)"))
        }
    }
}
