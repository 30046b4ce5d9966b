import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `actual`: results loaded against the plan — what `kpi` and `coverage` then show, and
/// that they are data like indicators (undo, save, clear).
@Suite("actual: the plan against what happened")
struct ActualTests {
    /// A shell in a folder holding the shipped example, with it loaded.
    private func withExample(_ body: (Interpreter, Printed, TemporaryFolder) throws -> Void) throws {
        let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent("examples/actual-fy2022.csv"))
        try withShell(files: ["actual-fy2022.csv": Array(bytes)]) { shell, folder in
            try body(shell, try shell.run("actual load actual-fy2022.csv"), folder)
        }
    }

    private func row(_ table: Table, _ id: String) -> [String: String] {
        let cells = table.rows.first { $0.cells.first == .text(id) }?.cells ?? []
        return Dictionary(zip(table.columns.map(\.id), cells.map(\.display)), uniquingKeysWith: { a, _ in a })
    }

    @Test("the example loads 64 results: the card rates of 2022-09-30 and five advisor rows")
    func example() throws {
        try withExample { shell, printed, _ in
            #expect(printed.texts == ["loaded 64 results (advisor FY2022: 5, mynumber FY2022: 59)"])
            #expect(shell.session.plan.actuals.result("mynumber", year: FiscalYear(2022), body: "072010") == .value(47.5))
            #expect(shell.session.plan.actuals.result("advisor", year: FiscalYear(2022), body: "072036") == .covered(false))
            let table = try #require(try shell.run("actual").tables.first)
            #expect(table.rows.map { $0.cells.map(\.display) } == [["advisor", "FY2022", "3", "2", "0", ""], ["mynumber", "FY2022", "0", "0", "59", ""]])
        }
    }

    @Test("kpi without results is as it was; with them, 実績 and 達成率 beside the plan")
    func kpi() throws {
        let plain = try makeInterpreter().run("kpi").rendered()
        try withExample { shell, _, _ in
            let table = try #require(try shell.run("kpi").tables.first)
            #expect(table.columns.map(\.id) == ["kpi", "measure", "items", "kind", "target", "unit", "fy", "plan", "actual", "achievement", "gap", "status", "conflict"])
            // The prefecture's rate weights each body's by its population: 43.9, as the Ministry's total.
            #expect(row(table, "mynumber")["actual"] == "43.9")
            #expect(row(table, "mynumber")["achievement"] == "43.9")
            #expect(row(table, "advisor")["actual"] == "3")
            #expect(row(table, "advisor")["achievement"] == "15.8")
            #expect(row(table, "seminar")["actual"] == "")
            #expect(table.footer.contains("actual: from 64 results loaded; achieved = actual ÷ target × 100"))
            try shell.run("actual clear")
            #expect(try shell.run("kpi").rendered() == plain)
        }
    }

    @Test("coverage marks planned-but-not-done and done-but-not-planned, and says what the marks mean")
    func coverage() throws {
        try withExample { shell, _, _ in
            try shell.run("assign advisor 072036 072044")
            let table = try #require(try shell.run("coverage advisor").tables.first)
            func cell(_ code: String) -> String? { table.rows.first { $0.cells.first == .text(code) }?.cells[3].display }
            #expect(cell("072010") == "done (unplanned)")
            #expect(cell("072036") == "FY2022 (not done)")
            #expect(cell("072044") == "FY2022 (not done)")
            #expect(cell("072052") == "")
            #expect(table.footer == ["(not done): planned, the results loaded do not report it done; done (unplanned): reported done, not in the plan"])
            try shell.run("lang ja")
            let ja = try #require(try shell.run("coverage advisor").tables.first)
            #expect(ja.rows.first { $0.cells.first == .text("072036") }?.cells[3].display == "令和4年度（未実施）")
            #expect(ja.rows.first { $0.cells.first == .text("072010") }?.cells[3].display == "実施（計画外）")
            // A measure the results say nothing of is not marked.
            #expect(try shell.run("coverage ict-grant").tables.first?.footer == [])
        }
    }

    @Test("the marks reach exports")
    func export() throws {
        try withExample { shell, _, folder in
            try shell.run("export coverage --to c.csv")
            let text = try String(contentsOf: folder.url.appendingPathComponent("c.csv"), encoding: .utf8)
            let line = text.split(separator: "\n").first { $0.hasPrefix("072010,") } ?? ""
            #expect(line.contains(",done (unplanned)"), "\(line)")
        }
    }

    @Test("loading is a change like any: undo takes it back, save writes it, run brings it back")
    func undoAndSave() throws {
        try withExample { shell, _, folder in
            try shell.run("actual set seminar R4 total 3")
            #expect(try shell.run("kpi").tables.first.map { row($0, "seminar")["actual"] } == "3")
            try shell.run("undo")
            #expect(shell.session.plan.actuals.count == 64)
            try shell.run("save s.plan")
            let saved = try String(contentsOf: folder.url.appendingPathComponent("s.plan"), encoding: .utf8)
            #expect(saved.contains("actual set advisor FY2022 072010 yes 072028 yes 072036 no 073644 yes 075051 no"))
            let again = try makeInterpreter(workingDirectory: folder.path)
            try again.run("run s.plan")
            #expect(again.session.plan.actuals == shell.session.plan.actuals)
            try shell.run("undo")
            #expect(shell.session.plan.actuals.isEmpty)
        }
    }

    @Test("a second file replaces the measures and years it holds, and keeps the rest")
    func reload() throws {
        try withShell(files: ["a.csv": utf8("code,measure,fy,covered\n072010,advisor,R4,未\n")]) { shell, _ in
            try shell.run("actual set mynumber R4 072010 40")
            try shell.run("actual set advisor R4 072028 yes")
            try shell.run("actual load a.csv")
            let actuals = shell.session.plan.actuals
            #expect(actuals.count == 2)
            #expect(actuals.result("advisor", year: FiscalYear(2022), body: "072010") == .covered(false))
            #expect(actuals.result("mynumber", year: FiscalYear(2022), body: "072010") == .value(40))
        }
    }

    @Test("an .xlsx of results loads like its CSV")
    func xlsx() throws {
        let table = Table(name: "r", columns: ["団体名", "事業", "年度", "実施", "実績"].map { Table.Column($0) }, rows: [
            Table.Row([.text("福島市"), .text("アドバイザー派遣"), .text("令和4年度"), .text("○"), .empty]),
            Table.Row([.text("koriyama"), .text("マイナンバーカード"), .text("R4"), .empty, .decimal(45.25, places: 2)]),
        ])
        let bytes = try XLSXWriter.bytes([WorkbookSheet(name: "r", table: table)])
        try withShell(files: ["r.xlsx": bytes]) { shell, _ in
            try shell.run("actual load r.xlsx")
            #expect(shell.session.plan.actuals.result("advisor", year: FiscalYear(2022), body: "072010") == .covered(true))
            #expect(shell.session.plan.actuals.result("mynumber", year: FiscalYear(2022), body: "072036") == .value(45.25))
            #expect(shell.failure("actual load r.xlsx --encoding cp932").hasPrefix("r.xlsx:1: --encoding is for CSV and TSV files"))
        }
    }

    @Test("Japanese: the load, the list and an empty list")
    func japanese() throws {
        try withExample { shell, _, _ in
            try shell.run("lang ja")
            #expect(try shell.run("actual clear").texts == ["実績64件を消去しました"])
            #expect(try shell.run("actual").tables.first?.footer == ["実績は読み込まれていません（actual load FILE）"])
            #expect(try shell.run("actual load actual-fy2022.csv").texts == ["実績を64件読み込みました（advisor 令和4年度：5件、mynumber 令和4年度：59件）"])
            #expect(try shell.run("kpi").tables.first?.footer.contains("実績：読み込んだ実績64件による。達成率＝実績÷目標×100") == true)
        }
    }
}
