import Testing
@testable import MuniPlan

/// The coverage tables as a reader of Japanese sees them: titles, roll-up rows, statuses.
@Suite("Coverage tables in Japanese")
struct CoverageJapaneseTests {
    typealias F = CoverageFixture

    @Test("titles name the year as 令和, cumulative and by district in brackets")
    func titles() {
        #expect(F.coverage(year: 2022).title(in: .japanese) == "令和4年度の実施状況")
        #expect(F.coverage(year: 2023, cumulative: true).title(in: .japanese) == "令和5年度までの実施状況（累計）")
        #expect(F.coverage(year: 2021).title(in: .japanese) == "基準（令和4年度より前）の実施状況")
        #expect(F.coverage(year: 2022).districtTable(language: .japanese).title == "令和4年度の実施状況（地域別）")
    }

    @Test("subtotals count 団体, the KPI rows say 目標 and 状況 with 達成 and 未達（あと2団体）")
    func bodyTable() {
        let table = F.coverage(year: 2023, cumulative: true).bodyTable(language: .japanese)
        #expect(table.records[0].cells.map(\.display) == [F.city.code, "北市", "北", "令和3年度", "令和4年度"])
        #expect(table.rows.filter { $0.kind != .record }.map { $0.cells.map(\.display) } == [
            ["", "北 計", "2団体", "2", "1"],
            ["", "南 計", "1団体", "1", "0"],
            ["", "西 計", "1団体", "0", "0"],
            ["", "— 計", "1団体", "0", "1"],
            ["", "test 計", "5団体", "3", "2"],
            ["", "目標", "", "3団体（累計）", "2団体"],
            ["", "状況", "", "達成", "未達（あと2団体）"],
        ])
        // The columns a script or an export keys on do not change with the reader.
        #expect(table.columns.map(\.id) == ["code", "name", "district", "advisor", "cloud"])
    }
}
