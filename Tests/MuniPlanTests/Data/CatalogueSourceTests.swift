import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The catalogue's shapes for the source's own words (issue 16 item 4): a summary per item,
/// goals without a number, a KPI without a target. Each mistake is refused on its line.
@Suite("measures.toml: summaries, goals and targets")
struct CatalogueSourceTests {
    static let measures = DataLoader.measuresFile

    @Test("a summary naming an item its measure does not serve is refused on the summary's line")
    func summaryItem() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"{ items = ["1(5)"], text"#, with: #"{ items = ["1(8)"], text"#, in: Self.measures)
            // The error is at the `summary = [` line, which opens the list.
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line - 1,
                              containing: ["1(8)", "the measure does not serve"])
        }
    }

    @Test("a summary list entry that is not a table is refused, saying the two shapes")
    func summaryShape() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"    { items = ["1(5)"], text = "市町村におけるＡＩ、ＲＰＡ等の先端技術の活用によるＤＸの取組を支援する。" },"#,
                                        with: #"    "支援する。","#, in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line - 1,
                              containing: ["'summary' must be a string, or a list of tables each with 'items' and 'text'"])
        }
    }

    @Test("a goal naming an unknown measure is refused on its line")
    func goalMeasure() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"measure = "bpr""#, with: #"measure = "brp""#, in: Self.measures, after: "[[goal]]")
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["goal names unknown measure 'brp'"])
        }
    }

    @Test("a KPI without a target loads as having none, and is judged as no target")
    func noTarget() throws {
        try withTemporaryData { data in
            _ = try data.replace("target = 19\n", with: "", in: Self.measures)
            let dataset = try DataLoader.load(directory: data.directory.path)
            let advisor = try #require(dataset.kpis.first { $0.id == "advisor" })
            #expect(advisor.target == nil)
            let result = KPIEvaluation.evaluate(advisor, plan: Plan(), year: FiscalYear(2022))
            #expect(result.status == .noTarget && result.gap == nil)
            #expect(KPIFormat.status(result, language: .japanese) == "目標なし")
            #expect(KPITarget.defaultCount(of: "advisor", plan: Plan(), in: dataset) == nil, "no target, no default N")
        }
    }
}
