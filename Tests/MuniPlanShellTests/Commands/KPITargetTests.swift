import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Issue 16 items 1, 2, 4 and 7 as a user meets them: a KPI target is not a cap, `kpi`
/// says whose targets it holds, shows the goals without a number, and says when a
/// cumulative KPI is judged against an empty baseline.
@Suite struct KPITargetTests {
    @Test("allocate advisor 25 chooses 25 and says it goes beyond the source's 19; 19 says nothing")
    func beyondTarget() throws {
        let interpreter = try makeInterpreter()
        let texts = try interpreter.run("allocate advisor 25").texts.joined(separator: "\n")
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)).count == 25)
        #expect(texts.contains("note: 25 bodies go beyond advisor's target of 19 bodies in the source; a target is not a cap"))
        #expect(!(try interpreter.run("allocate advisor").texts.joined()).contains("beyond"))
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)).count == 19, "no N: the target")
        try interpreter.run("lang ja")
        #expect((try interpreter.run("allocate advisor 20").texts.joined()).contains("注：20団体は資料のadvisorの目標（19団体）を超えます。目標は上限ではありません"))
    }

    @Test("a capacity set by the plan is still a limit")
    func capacityStillLimits() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("capacity advisor 19")
        #expect(interpreter.failure("allocate advisor 25").contains("19"))
    }

    @Test("kpi says whose targets, lists the goals, and notes cumulative KPIs with an empty baseline")
    func notes() throws {
        let interpreter = try makeInterpreter()
        let footer = try #require(try interpreter.run("kpi").tables.first).footer
        #expect(footer.contains("targets: 福島県's own, as its plan states them"))
        #expect(footer.contains("goal talent (1(2)), no number: 市町村のデジタル人材に係るニーズを把握し、必要な支援を行う。"))
        #expect(footer.contains("goal bpr (1(9)), no number: 県庁での見直し方法の情報提供等による支援を行う。"))
        #expect(footer.contains { $0.hasPrefix("note ict-grant-42: judged against an empty baseline (nothing covered before FY2022)") })
        // With a body in the baseline bucket the note goes.
        try interpreter.run("fy R3; assign ict-grant 檜枝岐村; fy R4")
        let after = try #require(try interpreter.run("kpi").tables.first).footer
        #expect(!after.contains { $0.hasPrefix("note ict-grant-42: judged") })
        #expect(after.contains { $0.hasPrefix("note smart-city: judged") })
        try interpreter.run("lang ja")
        let japanese = try #require(try interpreter.run("kpi").tables.first).footer
        #expect(japanese.contains("注 smart-city：累計の指標を、基準（令和4年度より前）が空のまま判定しています。数える団体はすべて計画の年度で実施するものです"))
        #expect(japanese.contains("目標：福島県の計画が定めるもの"))
        #expect(japanese.contains("目標 talent（1(2)、数値なし）：市町村のデジタル人材に係るニーズを把握し、必要な支援を行う。"))
    }

    @Test("the nationwide data carries no Fukushima targets: every KPI says no target, and whose the source's are")
    func nationwide() throws {
        let dataset = try DataLoader.load(directory: bundledDataDirectory.appendingPathComponent("japan").path)
        #expect(dataset.kpis.allSatisfy { $0.target == nil })
        let interpreter = try makeInterpreter(over: dataset)
        try interpreter.run("assign security-cloud group:tohoku7 assoc-1")
        let table = try #require(try interpreter.run("kpi").tables.first)
        let cloud = try #require(table.records.first { $0.cells[0] == .text("security-cloud") })
        #expect(cloud.cells[4] == .empty)
        #expect(cloud.cells[7] == .integer(258))
        #expect(cloud.cells[9] == .text("no target"))
        #expect(table.footer.contains("no target in this data set for seminar, online-rate, smart-city, mynumber, advisor, ict-grant-41, ict-grant-42, e-application, security-cloud: the source's targets are 福島県's own"))
        #expect(interpreter.failure("allocate advisor").contains("needs N"))
    }

    @Test("the nationwide data flags no conflict: the source's conflicts are between Fukushima's targets, which it leaves out")
    func nationwideConflicts() throws {
        let dataset = try DataLoader.load(directory: bundledDataDirectory.appendingPathComponent("japan").path)
        #expect(dataset.kpis.allSatisfy { $0.conflict == nil && $0.conflictJapanese == nil })
        let interpreter = try makeInterpreter(over: dataset)
        let table = try #require(try interpreter.run("kpi").tables.first)
        #expect(!table.footer.contains { $0.hasPrefix("※") })
        let column = try #require(table.columns.firstIndex { $0.id == "conflict" })
        #expect(table.records.allSatisfy { $0.cells[column] == .empty })
        #expect(try bundledDataset().kpis.contains { $0.conflict != nil })
    }

    @Test("ict-grant keeps both of the source's summaries, each with its items")
    func summaries() throws {
        let grant = try #require(try bundledDataset().measure(id: "ict-grant"))
        #expect(grant.summaries.map(\.items) == [["1(5)"], ["1(6)", "1(7)"]])
        #expect(grant.summaries[0].text == "市町村におけるＡＩ、ＲＰＡ等の先端技術の活用によるＤＸの取組を支援する。")
        #expect(try bundledDataset().measure(id: "seminar")?.summary == "市町村におけるデジタル変革に向けた機運の醸成、認識の共有を図るため、市町村長等を対象に研修会・勉強会を開催する。")
    }
}
