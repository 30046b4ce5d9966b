import TestSupport
import Testing
@testable import MuniPlan

/// The KPI table in Japanese: headings, kinds, years and statuses; the ids stay ASCII.
@Suite("KPI table in Japanese")
struct KPITableJapaneseTests {
    typealias F = CoverageFixture

    @Test("headings are Japanese, ids are not")
    func headings() {
        let table = KPITable.make(F.plan, dataset: F.dataset, year: nil, language: .japanese)
        #expect(table.columns.map(\.label) == ["指標", "事業", "項目", "種類", "目標", "単位", "年度", "計画", "差", "状況", "※"])
        #expect(table.columns.map(\.id) == ["kpi", "measure", "items", "kind", "target", "unit", "fy", "plan", "gap", "status", "conflict"])
        #expect(table.records.map { $0.cells.map(\.display) } == [
            ["advisor-total", "advisor", "", "団体数（累計）", "3", "団体", "令和5年度", "3", "0", "達成", ""],
            ["cloud", "cloud", "", "団体数", "2", "団体", "令和4年度", "2", "0", "達成", ""],
        ])
    }

    @Test("short, over and not planned read with their unit; English keeps the bare number")
    func statuses() {
        let kpi = F.kpis[1]
        let short = KPIResult(kpi: kpi, year: FiscalYear(2022), value: 0, status: .short(19))
        let over = KPIResult(kpi: kpi, year: FiscalYear(2022), value: 5, status: .over(3))
        let none = KPIResult(kpi: kpi, year: FiscalYear(2022), value: nil, status: .notPlanned)
        #expect([short, over, none].map { KPIFormat.status($0, language: .japanese) } == ["未達（あと19団体）", "超過（+3団体）", "計画値なし"])
        #expect([short, over, none].map { KPIFormat.status($0) } == ["short by 19", "met, over by 3", "not planned"])
    }

    @Test("a conflict in the source reads 資料内で不一致, and its note ※ id：")
    func conflicts() throws {
        let table = KPITable.make(Plan(), dataset: try bundledDataset(), year: nil, language: .japanese)
        let marked = table.records.filter { $0.cells[10].display == "資料内で不一致" }
        #expect(!marked.isEmpty)
        let id = try #require(marked.first?.cells[0].display)
        #expect(table.footer.contains { $0.hasPrefix("※ \(id)：") })
    }
}
