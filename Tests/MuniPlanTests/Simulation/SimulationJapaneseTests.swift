import TestSupport
import Testing
@testable import MuniPlan

/// A simulation's errors and tables in Japanese; ids and numbers as they are.
@Suite struct SimulationJapaneseTests {
    @Test func errors() {
        let runs = SimulationError.runsOutOfRange(runs: 0, max: 1_000_000)
        #expect(runs.message.text(in: .japanese) == "--runsは1から1000000までにしてください（0）")
        #expect(runs.description == "--runs must be between 1 and 1000000, not 0")
        let through = SimulationError.throughBeforeFirst(through: FiscalYear(2021), first: FiscalYear(2022))
        #expect(through.message.text(in: .japanese) == "--through 令和3年度は計画の最初の年度（令和4年度）より前です")
        #expect(through.description == "--through FY2021 is before the plan's first year FY2022")
        #expect(SimulationError.unknownMeasure("advisr").message.text(in: .japanese) == "不明な事業「advisr」")
    }

    @Test func tables() throws {
        let result = try simulate(try fy2022LikePlan(), model: try bundledUptakeModel(), runs: 200, through: 2024)
        let kpi = result.kpiTable(language: .japanese)
        #expect(kpi.title == "指標のシミュレーション")
        #expect(kpi.columns.map(\.label) == ["指標", "事業", "年度", "目標", "計画", "平均", "p5", "p50", "p95", "達成確率", "標準誤差", "根拠"])
        #expect(kpi.records[0].cells[2].display == "令和4年度")
        #expect(kpi.footer[0].hasPrefix("達成確率：200回の試行（乱数の種 7）"))
        let districts = result.districtTable(try bundledDataset().districts, language: .japanese)
        #expect(districts.title == "地域別の導入見込み（令和6年度）")
        #expect(districts.rows.last?.cells[0].display == "計")
    }
}
