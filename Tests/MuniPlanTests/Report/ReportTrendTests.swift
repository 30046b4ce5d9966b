import TestSupport
import Testing
@testable import MuniPlan

/// The My Number series over time in the report: a line for the prefecture and each
/// district, axes labelled with dates and %, in the reader's language, the same bytes each time.
@Suite("Report trend chart")
struct ReportTrendTests {
    static func chart(_ language: Language) throws -> SeriesLineChart {
        try #require(SeriesLineChart(measure: "mynumber", dataset: try bundledDataset(), language: language))
    }

    @Test func aLineForThePrefectureAndEachDistrict() throws {
        let dataset = try bundledDataset()
        let chart = try Self.chart(.japanese)
        #expect(chart.lines.map(\.name) == ["福島県"] + dataset.districts.map(\.name))
        #expect(chart.lines.map(\.isTotal) == [true] + dataset.districts.map { _ in false })
        #expect(chart.dates.first?.description == "2017-03-08" && chart.dates.last?.description == "2022-09-30")
        // The prefecture's rate is cards over population summed (43.9% on 2022-09-30), not a mean of rates.
        let last = try #require(chart.lines[0].points.last)
        #expect(Table.Cell.format(last.rate, places: 1) == "43.9")
        let svg = chart.svg()
        #expect(occurrences(of: "<g class=\"line", in: svg) == 8)
        #expect(svg.contains("data-line=\"福島県\"><title>福島県: 2022-09-30 43.9%</title>"))
        #expect(svg.contains(">福島県 43.9%</text></g>"))
    }

    @Test func axesCarryDatesAndPercentInTheReadersLanguage() throws {
        let ja = try Self.chart(.japanese).svg()
        #expect(ja.contains(">基準日</text>") && ja.contains(">交付率（%）</text>"))
        #expect(ReportDeckTests.texts(of: "text class=\"tick date\"", in: ja) == ["2018年", "2019年", "2020年", "2021年", "2022年"])
        #expect(ReportDeckTests.texts(of: "text class=\"tick rate\"", in: ja) == ["0%", "10%", "20%", "30%", "40%", "50%"])
        let en = try Self.chart(.english)
        #expect(en.title == "My Number card issuance over time: 福島県 and each district")
        #expect(ReportDeckTests.texts(of: "text class=\"tick date\"", in: en.svg()).first == "2018")
        #expect(en.svg().contains(">cards per 100 residents (%)</text>"))
    }

    @Test func labelsAtTheLinesEndsNeverOverlap() throws {
        let svg = try Self.chart(.japanese).svg()
        let ys = svg.components(separatedBy: "<text class=\"end\" x=\"").dropFirst().compactMap { part -> Double? in
            part.components(separatedBy: "y=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) }
        }.sorted()
        #expect(ys.count == 8)
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= 11.9, "\(ys)") }
        #expect(SeriesLineChart.spread([10, 10, 10], gap: 12, within: 0...100) == [10, 22, 34])
        #expect(SeriesLineChart.spread([95, 96], gap: 12, within: 0...100) == [88, 100])
    }

    @Test func inTheReportAfterTheKPIsWithItsSource() throws {
        let html = HTMLReport.render(try ReportDeckTests.input(.japanese))
        #expect(occurrences(of: "<section class=\"trend\">", in: html) == 1)
        #expect(html.contains("<h2>マイナンバーカード交付率の推移（福島県・地域別）</h2>"))
        let kpi = try #require(html.range(of: "<section class=\"kpi\">")), trend = try #require(html.range(of: "<section class=\"trend\">"))
        #expect(kpi.lowerBound < trend.lowerBound)
        #expect(html.contains("<p class=\"note\">") && html.contains("総務省"))
        #expect(HTMLReport.bytes(try ReportDeckTests.input(.japanese)) == HTMLReport.bytes(try ReportDeckTests.input(.japanese)))
    }

    @Test func theWorkbookTableHasADateRowAndALineColumn() throws {
        let chart = try Self.chart(.english)
        let table = chart.table()
        #expect(table.name == "trend-chart")
        #expect(table.columns.map(\.label) == ["date observed", "福島県"] + (try bundledDataset()).districts.map(\.name))
        #expect(table.rows.count == chart.dates.count)
        #expect(table.rows.last?.cells.prefix(2).map(\.plain) == ["2022-09-30", "43.9"])
        let workbook = chart.workbookChart()
        #expect(workbook.kind == .line && workbook.categoryColumn == "date" && workbook.valueColumns.count == 8)
        #expect(workbook.valueAxis == "cards per 100 residents (%)")
    }
}
