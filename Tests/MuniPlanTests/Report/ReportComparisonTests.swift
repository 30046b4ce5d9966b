import TestSupport
import Testing
@testable import MuniPlan

/// `HTMLReport.comparison`: scenarios side by side, a small map each on one colour scale
/// and the KPI tables merged.
@Suite("Report comparison")
struct ReportComparisonTests {
    static func scenarios(_ language: Language) throws -> [(name: String, input: ReportInput)] {
        let dataset = try bundledDataset()
        let codes = try municipalityCodes(6)
        let a = makePlan([(2022, "advisor", Array(codes.prefix(2)))])
        let b = makePlan([(2022, "advisor", codes), (2022, "ict-grant", Array(codes.prefix(3))),
                          (2022, "security-cloud", Array(codes.prefix(1)))])
        let options = ReportOptions(currentYear: FiscalYear(2022), date: ReportDate(year: 2025, month: 4, day: 1))
        let boundaries = try reportBundledBoundaries()
        return [("案A", ReportInput(plan: a, dataset: dataset, boundaries: boundaries, options: options, language: language)),
                ("案B", ReportInput(plan: b, dataset: dataset, boundaries: boundaries, options: options, language: language))]
    }

    @Test func aMapPerScenarioOnOneScale() throws {
        let scenarios = try Self.scenarios(.japanese)
        let html = HTMLReport.comparison(scenarios)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(html.contains("<h1>\(try bundledDataset().name) — シナリオの比較</h1>"))
        #expect(html.contains("<dt>シナリオ</dt><dd>案A、案B</dd>"))
        #expect(ReportDeckTests.texts(of: "figcaption", in: html) == ["案A", "案B"])
        #expect(occurrences(of: "<path id=\"muni-", in: html) == 59)
        // A's most is 1 measure, B's 3: both maps use B's four steps, so 1 has one colour on both.
        let legend = HTMLReport.sharedLegend(scenarios.map(\.input.map))
        #expect(legend.map(\.value) == [0, 1, 2, 3])
        let colours = ColorScale.colors(count: 4)
        // Value 1: two bodies in A, three in B, all in the same colour.
        #expect(occurrences(of: "data-value=\"1\" fill=\"\(colours[1])\"", in: html) == 5)
        #expect(occurrences(of: "data-value=\"1\" fill=", in: html) == 5)
        #expect(html.contains("<span class=\"label\">3事業</span></li>"))
    }

    @Test func kpisSideBySide() throws {
        let scenarios = try Self.scenarios(.english)
        let table = HTMLReport.kpiSideBySide(scenarios, language: .english)
        let base = scenarios[0].input.kpiTable
        #expect(table.rows.count == base.rows.count)
        let ids = table.columns.map(\.id)
        #expect(ids.contains("plan_1") && ids.contains("plan_2") && ids.contains("status_1") && ids.contains("status_2"))
        #expect(ids.contains("kpi") && !ids.contains("kpi_1"), "what the scenarios share is shown once")
        #expect(table.columns.first { $0.id == "plan_2" }?.label.hasPrefix("案B: ") == true)
        let html = HTMLReport.comparison(scenarios)
        #expect(html.contains("data-table=\"kpi-comparison\""))
        #expect(html.contains("<h1>\(try bundledDataset().name) — scenarios side by side</h1>"))
        #expect(HTMLReport.comparisonBytes(scenarios) == HTMLReport.comparisonBytes(try Self.scenarios(.english)))
    }
}
