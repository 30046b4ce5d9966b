import Foundation
import MuniPlan
import TestSupport
import Testing

/// The comparison in the core: column names from file names, who differs, and the one-file
/// encodings of its tables.
@Suite struct ScenarioComparisonTests {
    let year = FiscalYear(2022)

    /// Two plans over the bundled data: A covers 檜枝岐村 and 只見町 with advisors, B 檜枝岐村
    /// and 福島市, and B alone plans four seminars.
    func comparison(cumulative: Bool = false) throws -> ScenarioComparison {
        let dataset = try bundledDataset()
        var a = Plan(), b = Plan()
        a.setCovered(["073644", "073679"], measure: "advisor", year: year)
        b.setCovered(["073644", "072010"], measure: "advisor", year: year)
        b.setPlannedValue(4, kpi: "seminar", year: year)
        let outcomes = [("案A", a), ("案B", b)].map { name, plan in
            ScenarioOutcome(name: name, file: name + ".plan", plan: plan, year: year, allocations: [], simulation: nil)
        }
        return ScenarioComparison(dataset: dataset, scenarios: outcomes, year: year, cumulative: cumulative)
    }

    @Test("a scenario is named by its file without the extension, Japanese names as they are")
    func names() {
        #expect(ScenarioOutcome.name(ofFile: "scenarios/案A.plan") == "案A")
        #expect(ScenarioOutcome.name(ofFile: "/tmp/v1.2.plan") == "v1.2")
        #expect(ScenarioOutcome.name(ofFile: "what-if") == "what-if")
        #expect(ScenarioOutcome.name(ofFile: ".plan") == ".plan")
    }

    @Test("only the bodies one scenario covers and another does not are listed, in code order, marked per scenario")
    func differences() throws {
        let table = try comparison().differenceTable(language: .english)
        #expect(table.columns.map(\.id) == ["measure", "code", "name", "案A", "案B"])
        #expect(table.rows.map { $0.cells.map(\.plain) } == [["advisor", "072010", "福島市", "–", "✓"],
                                                             ["advisor", "073679", "只見町", "✓", "–"]])
        #expect(table.footer.isEmpty)
    }

    @Test("the KPI part holds each scenario's plan and status side by side; an unplanned value is empty")
    func kpis() throws {
        let table = try comparison().kpiTable(language: .english)
        let seminar = try #require(table.rows.first { $0.cells.first == .text("seminar") })
        #expect(seminar.cells.map(\.plain) == ["seminar", "seminar", "FY2022", "4", "", "not planned", "4", "met"])
        let advisor = try #require(table.rows.first { $0.cells.first == .text("advisor") })
        #expect(advisor.cells.suffix(4).map(\.plain) == ["2", "short by 17", "2", "short by 17"])
    }

    @Test("in Japanese the headings, titles and statuses are Japanese; the scenario names head the columns")
    func japanese() throws {
        let comparison = try comparison(cumulative: true)
        let kpi = comparison.kpiTable(language: .japanese)
        #expect(kpi.title == "シナリオ別の指標（各指標の年度）")
        #expect(kpi.columns.map(\.label) == ["指標", "事業", "年度", "目標", "案A", "案A 状況", "案B", "案B 状況"])
        let advisor = try #require(kpi.rows.first { $0.cells.first == .text("advisor") })
        #expect(advisor.cells[2].plain == "令和4年度")
        #expect(advisor.cells[5].plain == "未達（あと17団体）")
        #expect(comparison.coverageTable(language: .japanese).title == "令和4年度まで（累計）の事業別実施団体数")
        #expect(comparison.districtTable(language: .japanese).rows.last?.cells.map(\.plain) == ["advisor", "計", "2", "2"])
    }

    @Test("the district part counts each district for the measures some scenario covers, with a total")
    func districts() throws {
        let table = try comparison().districtTable(language: .english)
        #expect(Set(table.rows.map { $0.cells[0].plain }) == ["advisor"])
        let counts = table.rows.map { $0.cells.map(\.plain) }
        #expect(counts.contains(["advisor", "県北", "0", "1"]))
        #expect(counts.contains(["advisor", "南会津", "2", "1"]))
        #expect(counts.contains(["advisor", "会津", "0", "0"]))
        #expect(table.rows.last?.kind == .subtotal)
    }

    @Test("JSON is one English document holding each table as export writes it")
    func json() throws {
        let bytes = try ComparisonEncoder.bytes(try comparison(), as: .json, language: .japanese)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["schema"] as? String == "muniplan.compare/2")
        #expect(object["scenarios"] as? [String] == ["案A", "案B"])
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.map { $0["schema"] as? String } == ["muniplan.compare-kpi/2", "muniplan.compare-coverage/2",
                                                          "muniplan.compare-districts/2", "muniplan.compare-differences/2"])
        #expect(tables[0]["title"] as? String == "KPIs by scenario (each in its fiscal year)")
    }

    @Test("CSV is one section a table, each under its title, and the same comparison gives the same bytes")
    func csvSections() throws {
        let comparison = try comparison()
        let bytes = try ComparisonEncoder.bytes(comparison, as: .csv, language: .english)
        #expect(bytes == (try ComparisonEncoder.bytes(comparison, as: .csv, language: .english)))
        let sections = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n\n")
        #expect(sections.count == 4)
        #expect(sections[1].hasPrefix("\"bodies covered per measure, in FY2022 (R4)\"\nmeasure,案A,案B\nseminar,0,0\n"))
        #expect(sections[3].hasSuffix("advisor,073679,只見町,✓,–\n"))
    }

    @Test("Markdown and HTML carry the title and every table; xlsx is a workbook")
    func pages() throws {
        let comparison = try comparison()
        let markdown = String(decoding: try ComparisonEncoder.bytes(comparison, as: .markdown, language: .japanese), as: UTF8.self)
        #expect(markdown.hasPrefix("# 案A、案Bの比較\n\n## シナリオ別の指標（各指標の年度）\n"))
        let html = String(decoding: try ComparisonEncoder.bytes(comparison, as: .html, language: .english), as: UTF8.self)
        #expect(html.contains("<h1>案A, 案B side by side</h1>"))
        #expect(html.components(separatedBy: "<table class=\"data\"").count == 5)
        let workbook = try ComparisonEncoder.bytes(comparison, as: .xlsx, language: .japanese)
        #expect(XLSXReader.isWorkbook(workbook))
        let districts = try XLSXReader.rows(workbook, file: "c.xlsx", sheet: "地域別", limit: 1 << 20)
        #expect(districts.header == ["事業", "地域", "案A", "案B"])
        #expect(try XLSXReader.rows(workbook, file: "c.xlsx", sheet: "相違", limit: 1 << 20).records.count == 2)
    }
}
