import TestSupport
import Testing
@testable import MuniPlan

/// The KPI gap table as a Japanese reader sees it: headings, kinds and statuses in
/// Japanese, ids and years as scripts key on them.
@Suite("KPI table in Japanese")
struct KPITableJapaneseTests {
    typealias F = CoverageFixture

    @Test("headings, kinds and statuses are Japanese; ids stay")
    func rows() {
        let table = KPITable.make(F.plan, dataset: F.dataset, year: FiscalYear(2022), language: .japanese)
        #expect(table.columns.map(\.label) == ["指標", "事業", "項目", "種類", "目標", "単位", "年度", "計画", "差", "状況", "※"])
        #expect(table.columns.map(\.id) == KPITable.make(F.plan, dataset: F.dataset, year: nil).columns.map(\.id))
        #expect(table.records.map { $0.cells[0].plain } == ["advisor-total", "cloud"])
        #expect(table.records.map { $0.cells[3].plain } == ["累計団体数", "団体数"])
        #expect(table.records[0].cells[9].plain == "未達（あと1団体）")
        #expect(table.records[1].cells[9].plain == "達成")
    }

    @Test("a conflict in the source reads 資料内で不一致, told under the table")
    func conflicts() throws {
        let dataset = try bundledDataset()
        let table = KPITable.make(Plan(), dataset: dataset, year: nil, language: .japanese)
        let kpi = try #require(dataset.kpis.first { $0.conflict != nil })
        let row = try #require(table.records.first { $0.cells[0].plain == kpi.id })
        #expect(row.cells.last == .text("資料内で不一致"))
        #expect(table.footer.contains("※ \(kpi.id)：\(kpi.conflict!)"))
    }

    @Test("a need feature says what it measures in Japanese")
    func featureMeaning() {
        #expect(NeedFeature.group("evac12").explanation.text(in: .japanese) == "グループevac12に属していれば1")
        #expect(NeedFeature.group("evac12").meaning == "1 if in group evac12")
    }
}
