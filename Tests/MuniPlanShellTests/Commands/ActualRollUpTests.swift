import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Results (`actual load`) counted per district in `coverage --by district`, and shown in
/// `compare` for a scenario that loads them; both as they were without results.
@Suite struct ActualRollUpTests {
    static let example = repositoryRoot.appendingPathComponent("examples/actual-fy2022.csv")
    static let plan = repositoryRoot.appendingPathComponent("scenarios/fy2022-plan.plan")

    func cells(_ table: Table, _ key: String) -> [String: String] {
        let cells = table.rows.first { $0.cells.first == .text(key) }?.cells ?? []
        return Dictionary(zip(table.columns.map(\.id), cells.map(\.plain)), uniquingKeysWith: { a, _ in a })
    }

    @Test("coverage --by district counts planned and done, not done and unplanned per district for a measure with results")
    func districts() throws {
        try withTemporaryFolder { folder in
            try folder.write("actual.csv", try String(contentsOf: Self.example, encoding: .utf8))
            let shell = try makeInterpreter(workingDirectory: folder.path)
            try shell.run("run \(Lexer.quote(Self.plan.path))")
            let before = try shell.run("coverage --by district")
            try shell.run("actual load actual.csv")
            let table = try #require(try shell.run("coverage --by district").tables.first)
            let ids = table.columns.map(\.id)
            #expect(ids.contains("advisor_done") && ids.contains("advisor_not_done") && ids.contains("advisor_unplanned"))
            // Only advisor has covered rows; mynumber's are values, so it gets no such columns.
            #expect(!ids.contains("mynumber_done"))
            #expect(ids.firstIndex(of: "advisor_done") == ids.firstIndex(of: "advisor_population_pct").map { $0 + 1 })
            // 檜枝岐村 planned and done; 福島市 and 会津若松市 done though the plan has other bodies there.
            #expect(cells(table, "南会津")["advisor_done"] == "1" && cells(table, "南会津")["advisor_not_done"] == "0")
            #expect(cells(table, "県北")["advisor_unplanned"] == "1" && cells(table, "会津")["advisor_unplanned"] == "1")
            #expect(cells(table, "相双")["advisor_not_done"] == "9")
            let total = try #require(table.rows.last?.cells.map(\.plain))
            let column = { (id: String) in total[try #require(ids.firstIndex(of: id))] }
            #expect(try [column("advisor_covered"), column("advisor_done"), column("advisor_not_done"), column("advisor_unplanned")]
                    == ["19", "1", "18", "2"])
            #expect(table.footer.last?.hasPrefix("From the results loaded (actual load): done = planned and reported done") == true)
            try shell.run("lang ja")
            let ja = try #require(try shell.run("coverage --by district").tables.first)
            #expect(ja.columns.contains { $0.label == "advisor 実施済" } && ja.columns.contains { $0.label == "advisor 計画外" })
            #expect(ja.footer.last?.hasPrefix("読み込んだ実績（actual load）による。") == true)
            // Cleared, the table is what it was before, byte for byte.
            try shell.run("lang en")
            try shell.run("actual clear")
            #expect(try shell.run("coverage --by district").rendered() == before.rendered())
        }
    }

    @Test("compare: a scenario that loads results gets 実績 and 達成率 columns; one that does not, none")
    func compare() throws {
        try withTemporaryFolder { folder in
            let plan = try String(contentsOf: Self.plan, encoding: .utf8)
            try folder.write("actual.csv", try String(contentsOf: Self.example, encoding: .utf8))
            try folder.write("案A.plan", plan + "\nactual load actual.csv\n")
            try folder.write("案B.plan", plan)
            let shell = try makeInterpreter(workingDirectory: folder.path)
            let kpi = try #require(try shell.run("compare 案A.plan 案B.plan").tables.first)
            #expect(kpi.columns.map(\.id).suffix(6) == ["案A", "案A_status", "案A_actual", "案A_achievement", "案B", "案B_status"])
            let advisor = cells(kpi, "advisor")
            // Three advisor bodies reported done of a target of 19: 15.8%.
            #expect(advisor["案A_actual"] == "3" && advisor["案A_achievement"] == "15.8")
            #expect(cells(kpi, "mynumber")["案A_actual"] == "43.9")
            #expect(cells(kpi, "smart-city")["案A_actual"] == "")
            #expect(kpi.footer == ["actual, achieved: the results each of 案A loads (actual load); achieved = actual ÷ target × 100."])
            try shell.run("lang ja")
            let ja = try #require(try shell.run("compare 案A.plan 案B.plan").tables.first)
            #expect(ja.columns.contains { $0.label == "案A 実績" } && ja.columns.contains { $0.label == "案A 達成率" })
            #expect(ja.footer == ["実績・達成率：案Aが読み込んだ実績（actual load）による。達成率＝実績÷目標×100"])
        }
    }

    @Test("compare without results is as it was; a scenario named like a results column is refused")
    func withoutResults() throws {
        try withTemporaryFolder { folder in
            let plan = try String(contentsOf: Self.plan, encoding: .utf8)
            try folder.write("a.plan", plan)
            try folder.write("b.plan", plan)
            try folder.write("a_actual.plan", plan)
            let shell = try makeInterpreter(workingDirectory: folder.path)
            let kpi = try #require(try shell.run("compare a.plan b.plan").tables.first)
            #expect(kpi.columns.map(\.id) == ["kpi", "measure", "fy", "target", "a", "a_status", "b", "b_status"])
            #expect(kpi.footer.isEmpty)
            #expect(shell.failure("compare a.plan a_actual.plan").contains("would head a column 'a_actual'"))
        }
    }
}
