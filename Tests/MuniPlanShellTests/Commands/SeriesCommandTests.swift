import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `kpi mynumber`, `trend`, `forecast`, `expect forecast` and their exports, read as a
/// person reads them; the errors of each, in both languages.
@Suite struct SeriesCommandTests {
    func cells(_ table: Table, _ column: String) -> [String] {
        guard let i = table.columns.firstIndex(where: { $0.id == column }) else { return [] }
        return table.rows.map { $0.cells[i].display }
    }

    @Test("kpi mynumber: the prefecture's observed rate at the latest date, the target and the gap")
    func kpiObserved() throws {
        let interpreter = try makeInterpreter()
        let table = try #require(try interpreter.run("kpi mynumber").tables.first)
        #expect(cells(table, "name") == ["福島県"])
        #expect(cells(table, "date") == ["2022-09-30"])
        #expect(cells(table, "rate") == ["43.9"])
        #expect(cells(table, "target") == ["100.0"])
        #expect(cells(table, "gap") == ["56.1"])
        #expect(table.footer.last == "source: 「マイナンバーカード交付状況」（総務省）")
        let byBody = try #require(try interpreter.run("kpi マイナンバーカード --by body").tables.first)
        #expect(byBody.rows.count == 60)
        #expect(byBody.rows.last?.kind == .total)
        let rates = byBody.rows.dropLast().compactMap { Double($0.cells[5].plain) }
        #expect(rates.min() == 29.4 && rates.max() == 68.3)
        let byDistrict = try #require(try interpreter.run("kpi mynumber --by district").tables.first)
        #expect(cells(byDistrict, "name") == ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき", "福島県"])
    }

    @Test("the kpi table says what mynumber's series shows, with the date")
    func kpiTableNote() throws {
        let table = try #require(try makeInterpreter().run("kpi").tables.first)
        #expect(table.footer.suffix(2) == ["mynumber: observed 43.9% on 2022-09-30, 56.1 points from the target (kpi mynumber --by body|district)",
                                           "source: 「マイナンバーカード交付状況」（総務省）"])
    }

    @Test("trend: a row each district and the prefecture, or the bodies named and their total, with a sparkline")
    func trend() throws {
        let interpreter = try makeInterpreter()
        let table = try #require(try interpreter.run("trend mynumber").tables.first)
        #expect(table.rows.count == 8)
        let line = try #require(cells(table, "trend").last)
        #expect(line.count == Sparkline.width && line.first == "▁" && line.last == "█")
        let two = try #require(try interpreter.run("trend mynumber 檜枝岐村 福島市").tables.first)
        #expect(cells(two, "code") == ["072010", "073644", ""])
        #expect(cells(two, "name").last == "2 bodies selected")
        let one = try #require(try interpreter.run("trend mynumber 檜枝岐村").tables.first)
        #expect(cells(one, "code") == ["073644"], "one body has no total row of its own")
    }

    @Test("trend in csv format and export trend give every observation")
    func everyObservation() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("format csv")
            let long = try #require(try interpreter.run("trend mynumber 檜枝岐村").tables.first)
            #expect(long.rows.count == 44)
            #expect(long.columns.map(\.id) == ["code", "name", "date", "population", "cards", "rate"])
            try interpreter.run("export trend mynumber --to t.csv")
            let text = try String(contentsOf: folder.url.appendingPathComponent("t.csv"), encoding: .utf8)
            let lines = text.split(separator: "\n")
            #expect(lines.first == "code,name,date,population,cards,rate")
            #expect(lines.contains("073644,檜枝岐村,2022-09-30,503,236,46.9") || lines.contains { $0.hasPrefix("073644,檜枝岐村,2022-09-30,") })
            #expect(lines.count == 1 + 59 * 44, "the total is a sum of the rows: exports leave it out, as every total")
        }
    }

    @Test("forecast: intervals around the expected rate, the same every run, a body's the same whoever else is asked for")
    func forecastReproducible() throws {
        let interpreter = try makeInterpreter()
        let a = try #require(try interpreter.run("forecast mynumber --at 2023-03-31").tables.first)
        let b = try #require(try makeInterpreter().run("forecast mynumber --at 2023-03-31").tables.first)
        #expect(a == b)
        for row in a.rows {
            let v = row.cells.compactMap { Double($0.plain) }
            // observed, expected, low80, high80, low95, high95
            let (observed, expected, l80, h80, l95, h95) = (v[0], v[1], v[2], v[3], v[4], v[5])
            #expect(l95 <= l80 && l80 <= expected && expected <= h80 && h80 <= h95)
            #expect(l95 >= observed - 0.05, "a cumulative rate does not fall")
            #expect(h95 < 100)
        }
        #expect(cells(a, "name").last == "福島県")
        #expect(cells(a, "observed_date").allSatisfy { $0 == "2022-09-30" })
        let alone = try #require(try interpreter.run("forecast mynumber 檜枝岐村 --at 2023-03-31").tables.first)
        let among = try #require(try interpreter.run("forecast mynumber 福島市 檜枝岐村 --at 2023-03-31").tables.first)
        #expect(alone.rows[0] == among.rows[1], "a body's forecast does not depend on which others were asked for")
    }

    @Test("export forecast writes the last forecast: code, date, expected and both intervals in percent")
    func exportForecast() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(interpreter.failure("export forecast --to f.csv") == "no forecast yet: run forecast first (forecast mynumber --at 2023-03-31)")
            try interpreter.run("forecast mynumber all --at 2022-12-31 2023-03-31")
            try interpreter.run("export forecast --to f.csv")
            let text = try String(contentsOf: folder.url.appendingPathComponent("f.csv"), encoding: .utf8)
            let lines = text.split(separator: "\n")
            #expect(lines.first == "code,name,date,observed_date,observed,expected,low80,high80,low95,high95")
            #expect(lines.count == 1 + 60 * 2)
        }
    }

    @Test("forecast --backtest scores 3 and 6 months ahead for each body and the prefecture")
    func backtest() throws {
        let table = try #require(try makeInterpreter().run("forecast mynumber --backtest").tables.first)
        #expect(cells(table, "scope") == ["each body", "each body", "福島県", "福島県"])
        #expect(cells(table, "months") == ["3", "6", "3", "6"])
        for value in cells(table, "coverage95").compactMap(Double.init) { #expect((0...100).contains(value)) }
        let mae = cells(table, "mae").compactMap(Double.init)
        #expect(mae[1] > mae[0], "six months ahead is harder than three")
    }

    @Test("the backtest figures in docs/forecasting.md are what forecast mynumber --backtest prints")
    func backtestInDocs() throws {
        let printed = try makeInterpreter().run("forecast mynumber --backtest").rendered()
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/forecasting.md"), encoding: .utf8)
        #expect(docs.contains(printed), "re-run the command and paste its table into docs/forecasting.md")
    }

    @Test("expect forecast: the expected rate, or the odds of it, at a date")
    func expectForecast() throws {
        let interpreter = try makeInterpreter()
        let ok = try interpreter.run("expect forecast mynumber >= 45 --at 2023-03-31").texts
        #expect(ok.first?.hasPrefix("ok: forecast mynumber >= 45 --at 2023-03-31 (福島県 ") == true)
        let odds = interpreter.failure("expect forecast mynumber >= 60 --at 2023-03-31 --probability 0.8")
        #expect(odds.hasPrefix("expectation failed: expected forecast mynumber >= 60 --at 2023-03-31 --probability 0.8, actual P(福島県 >= 60) = "))
        let one = try interpreter.run("expect forecast mynumber 檜枝岐村 > 40 --seed 3").texts
        #expect(one.first?.contains("檜枝岐村 ") == true)
    }

    @Test("errors: no series, dates before the data or too far, bad --by, in English and Japanese", arguments: [
        ("trend advisor", "advisor has no observed series in this data folder (no advisor.csv); series: mynumber",
         "advisor の実績系列はこのデータフォルダーにありません（advisor.csv がありません）。系列：mynumber"),
        ("forecast mynumber --at 2022-01-01", "--at 2022-01-01 is not after the last observation (2022-09-30)",
         "--at 2022-01-01 は最新の実績時点（2022-09-30）より後にしてください"),
        ("forecast mynumber --at 2030-01-01", "--at 2030-01-01 is more than 24 months after the last observation (2022-09-30)",
         "--at 2030-01-01 は最新の実績時点（2022-09-30）から24か月を超えています"),
        ("forecast mynumber --at 2023-02-30", "not a date: 2023-02-30 (expected YYYY-MM-DD)",
         "日付ではありません：2023-02-30（YYYY-MM-DD で書いてください）"),
        ("kpi --by body", "kpi: --by needs a MEASURE with an observed series (kpi mynumber --by district) — usage: kpi [MEASURE] [--fy FY] [--by body|district]",
         "kpi：--by には実績系列のある MEASURE が必要です（kpi mynumber --by district） — 使い方：kpi [MEASURE] [--fy FY] [--by body|district]"),
        ("kpi mynumber --fy R5", "kpi: --fy is for every KPI held against the plan, not a MEASURE's observed rate (kpi --fy R5, or kpi mynumber) — usage: kpi [MEASURE] [--fy FY] [--by body|district]",
         "kpi：--fy は計画に対するすべての指標を見るときに指定します。MEASURE の実績率には指定できません（kpi --fy R5、または kpi mynumber） — 使い方：kpi [MEASURE] [--fy FY] [--by body|district]"),
    ])
    func errors(line: String, english: String, japanese: String) throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure(line) == english)
        try interpreter.run("lang ja")
        #expect(interpreter.failure(line) == japanese)
    }

    @Test("a data folder without the series: kpi and the other commands work, the series commands say so")
    func olderFolder() throws {
        try withTemporaryData { data in
            let interpreter = try makeInterpreter(over: try DataLoader.load(directory: data.directory.path))
            let table = try #require(try interpreter.run("kpi").tables.first)
            #expect(!table.footer.contains { $0.hasPrefix("mynumber: observed") })
            #expect(interpreter.failure("forecast mynumber") == "mynumber has no observed series in this data folder (no mynumber.csv); series: —")
        }
    }

    @Test("headings and notes in Japanese")
    func japanese() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja")
        let kpi = try #require(try interpreter.run("kpi mynumber").tables.first)
        #expect(kpi.columns.map(\.label) == ["コード", "名称", "時点", "人口", "交付枚数", "交付率%", "目標%", "差"])
        #expect(kpi.footer.last == "出典：「マイナンバーカード交付状況」（総務省）")
        let forecast = try #require(try interpreter.run("forecast mynumber 檜枝岐村").tables.first)
        #expect(forecast.columns.map(\.label).suffix(5) == ["予測%", "80%下限", "80%上限", "95%下限", "95%上限"])
        #expect(forecast.footer.first == "モデル：交付率のロジットに減衰トレンド（直近24か月で当てはめ）。予測区間はモデル自身の過去の誤差から求め、較正で拡大（docs/forecasting.md）")
    }
}
