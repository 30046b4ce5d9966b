import TestSupport
import Testing
@testable import MuniPlan

/// The report for a reader of Japanese: its title, captions, legend and `lang`.
@Suite("Report in Japanese")
struct ReportJapaneseTests {
    static func input(_ options: ReportOptions, _ language: Language) throws -> ReportInput {
        ReportInput(plan: try ReportInputTests.plan(), dataset: try bundledDataset(), boundaries: try reportBundledBoundaries(),
                    options: options, language: language)
    }

    @Test func headingsAndLegend() throws {
        let name = try bundledDataset().name
        let input = try Self.input(ReportOptions(currentYear: FiscalYear(2022)), .japanese)
        #expect(input.title == "\(name) — 実施状況")
        #expect(input.subtitle == "令和4年度の実施状況")
        #expect(input.map.caption == "市町村ごとの事業数（令和4年度）")
        #expect(input.barCaption == "地域別の実施率（市町村）")
        #expect(input.kpiTable.columns[0].label == "指標")
        let html = HTMLReport.render(input)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(html.contains("<h1>\(name) — 実施状況</h1>"))
        let one = try Self.input(ReportOptions(measure: try bundledDataset().measure(id: "advisor"), currentYear: FiscalYear(2022)),
                                 .japanese)
        #expect(one.map.legend.map(\.label) == ["未実施", "実施"])
        #expect(one.subtitle == "令和4年度の実施状況、アドバイザー派遣")
        #expect(one.map.caption == "アドバイザー派遣（令和4年度）")
        #expect(one.barCaption == "地域別の実施率（市町村）（アドバイザー派遣）")
    }

    @Test func englishHasEnglishCaptions() throws {
        let input = try Self.input(ReportOptions(currentYear: FiscalYear(2022)), .english)
        #expect(input.map.caption == "Measures covering each municipality (FY2022 (R4))")
        #expect(input.subtitle == "coverage in FY2022 (R4)")
    }
}
