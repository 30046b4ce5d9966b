import Testing
@testable import MuniPlan

/// The coverage tables: a row a body with the year each was first covered, or a row a district.
@Suite("Coverage tables")
struct CoverageTablesTests {
    typealias F = CoverageFixture

    func texts(_ row: Table.Row) -> [String] { row.cells.map(\.display) }

    @Test("the title says in or through which year, and names the baseline")
    func titles() {
        #expect(F.coverage(year: 2022).title() == "coverage in FY2022 (R4)")
        #expect(F.coverage(year: 2023, cumulative: true).title() == "coverage through FY2023 (R5)")
        #expect(F.coverage(year: 2021).title() == "coverage in baseline (before FY2022)")
        #expect(F.coverage(year: 2022).districtTable().title == "coverage in FY2022 (R4), by district")
    }

    @Test("a row a body with the year it was first covered, subtotals by district, then the KPIs")
    func bodyTable() {
        let table = F.coverage(year: 2023, cumulative: true).bodyTable()
        #expect(table.name == "coverage")
        #expect(table.columns.map(\.id) == ["code", "name", "district", "advisor", "cloud"])
        #expect(table.records.map { texts($0) } == [
            [F.city.code, "北市", "北", "FY2021", "FY2022"],
            [F.village.code, "北村", "北", "FY2022", ""],
            [F.town.code, "南町", "南", "FY2023", ""],
            [F.remote.code, "西村", "西", "", ""],
            ["assoc", "北南組合", "", "", "FY2022"],
        ])
        let summaries = table.rows.filter { $0.kind != .record }.map { texts($0) }
        #expect(summaries == [
            ["", "北 total", "2 bodies", "2", "1"],
            ["", "南 total", "1 body", "1", "0"],
            ["", "西 total", "1 body", "0", "0"],
            ["", "— total", "1 body", "0", "1"],
            ["", "test total", "5 bodies", "3", "2"],
            ["", "KPI target", "", "3 bodies (cumulative)", "2 bodies"],
            // The cloud KPI is held in its own year's terms, FY2023 here: nothing planned that year.
            ["", "status", "", "met", "short by 2"],
        ])
    }

    @Test("a row a district: bodies, population, and per measure covered, % of bodies, % of population")
    func districtTable() {
        let table = F.coverage([F.advisor], year: 2022).districtTable()
        #expect(table.columns.map(\.id) == ["district", "bodies", "population", "advisor_covered", "advisor_bodies_pct",
                                            "advisor_population_pct"])
        #expect(table.rows.map { texts($0) } == [
            ["北", "2", "101,000", "1", "50.0", "1.0"],
            ["南", "1", "9,000", "0", "0.0", "0.0"],
            ["西", "1", "500", "0", "0.0", "0.0"],
            ["—", "1", "", "0", "0.0", ""],
            ["test total", "5", "110,500", "1", "20.0", "0.9"],
        ])
        #expect(table.columns.map(\.label) == ["district", "bodies", "population", "advisor bodies", "advisor bodies%", "advisor pop%"])
        let japanese = F.coverage([F.advisor], year: 2022).districtTable(language: .japanese)
        #expect(japanese.columns.map(\.label) == ["地域", "団体数", "人口", "advisor 団体", "advisor 団体%", "advisor 人口%"])
        #expect(japanese.rows.last.map { texts($0) }?.first == "test 計")
        #expect(table.rows.last?.kind == .total)
        #expect(table.records.count == 4)
    }
}
