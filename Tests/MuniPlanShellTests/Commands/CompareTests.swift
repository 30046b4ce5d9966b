import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `compare A.plan B.plan …`: each scenario in a fresh session, side by side; the current
/// session never changes, a failing scenario is a located error.
@Suite struct CompareTests {
    static let shipped = repositoryRoot.appendingPathComponent("scenarios").path

    /// A folder holding copies of two shipped scenarios under Japanese names.
    func withAlternatives<T>(_ body: (TemporaryFolder, Interpreter) throws -> T) throws -> T {
        try withTemporaryFolder { folder in
            for (name, shipped) in [("案A.plan", "fy2022-plan.plan"), ("案B.plan", "small-villages-first.plan")] {
                try folder.write(name, try String(contentsOfFile: Self.shipped + "/" + shipped, encoding: .utf8))
            }
            return try body(folder, try makeInterpreter(workingDirectory: folder.path))
        }
    }

    func row(_ table: Table, _ key: String...) throws -> [String] {
        try #require(table.rows.first { Array($0.cells.prefix(key.count).map(\.plain)) == key }).cells.map(\.plain)
    }

    @Test("two shipped scenarios side by side: KPIs, coverage, districts, differences and allocations")
    func shippedScenarios() throws {
        let interpreter = try makeInterpreter(workingDirectory: Self.shipped)
        let tables = try interpreter.run("compare fy2022-plan.plan small-villages-first.plan").tables
        #expect(tables.map(\.name) == ["compare-kpi", "compare-coverage", "compare-districts", "compare-differences", "compare-allocations"])
        let kpi = tables[0]
        #expect(kpi.columns.map(\.id).suffix(4) == ["fy2022-plan", "fy2022-plan_status", "small-villages-first", "small-villages-first_status"])
        #expect(try row(kpi, "advisor") == ["advisor", "advisor", "FY2022", "19", "19", "met", "19", "met"])
        #expect(try row(kpi, "ict-grant-42").suffix(4) == ["42", "met", "0", "short by 42"])
        #expect(try row(tables[1], "security-cloud") == ["security-cloud", "60", "0"])
        #expect(try row(tables[2], "advisor", "相双") == ["advisor", "相双", "9", "5"])
        #expect(try row(tables[3], "advisor", "073229") == ["advisor", "073229", "大玉村", "–", "✓"])
        #expect(try row(tables[4], "FY2022", "advisor") == ["FY2022", "advisor", "need", "27.552", "22.431"])
        // The current session is as it was: no plan, nothing to undo.
        #expect(interpreter.session.plan == Plan())
        #expect(interpreter.failure("undo") == "nothing to undo")
    }

    @Test("the same scenarios give the same bytes, simulations included (same seed)")
    func deterministic() throws {
        try withTemporaryFolder { folder in
            try folder.write("a.plan", "allocate advisor 19 --min-per-district 1\nallocate ict-grant 42\nsimulate --runs 300 --seed 5")
            try folder.write("b.plan", "allocate ict-grant 58 by need\nsimulate --runs 300 --seed 5")
            try folder.write("c.plan", "allocate ict-grant 42")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            let first = try interpreter.run("compare a.plan b.plan c.plan")
            #expect(first.rendered() == (try interpreter.run("compare a.plan b.plan c.plan")).rendered())
            let odds = try #require(first.tables.last)
            #expect(odds.name == "compare-odds")
            #expect(odds.columns.map(\.id) == ["kpi", "fy", "a", "b", "c"])
            #expect(odds.footer == ["a: 300 runs from seed 5", "b: 300 runs from seed 5", "c: no simulation"])
            let grant = try row(odds, "ict-grant-41", "FY2022")
            #expect(Double(grant[3])! > Double(grant[2])!, "58 grants give better odds than 42")
            #expect(grant[4] == "")
            // The mynumber rate drawn from its series has its odds row too: 100% is out of reach.
            #expect(try row(odds, "mynumber", "FY2022") == ["mynumber", "FY2022", "0.0000", "0.0000", ""])
        }
    }

    @Test("a scenario that fails is a located error, and the session keeps its plan")
    func failingScenario() throws {
        try withAlternatives { folder, interpreter in
            try folder.write("bad.plan", "fy R4\nassign advisor nowhere")
            try interpreter.run("assign advisor hinoemata")
            let before = interpreter.session.plan
            #expect(interpreter.failure("compare 案A.plan bad.plan").hasPrefix("bad.plan:2: unknown body 'nowhere'"))
            #expect(interpreter.session.plan == before)
            #expect(interpreter.failure("compare 案A.plan missing.plan") == "no such file: missing.plan")
        }
    }

    @Test("one scenario, none, the same file twice and a bad year or format are refused before anything runs")
    func refusals() throws {
        try withAlternatives { folder, interpreter in
            #expect(interpreter.failure("compare 案A.plan").hasPrefix("compare: compare needs at least two scenarios — usage: compare FILE…"))
            #expect(interpreter.failure("compare").hasPrefix("compare: missing FILE"))
            #expect(interpreter.failure("compare 案A.plan ./案A.plan")
                == "'案A.plan' and './案A.plan' would both be headed '案A': give scenarios of different names")
            #expect(interpreter.failure("compare 案A.plan measure.plan")
                == "'measure.plan' would head a column 'measure', which the comparison's own columns use: rename the file")
            #expect(interpreter.failure("compare 案A.plan 案A_status.plan").hasPrefix("'案A_status.plan' would head a column '案A_status'"))
            #expect(interpreter.failure("compare 案A.plan 案B.plan --fy R99").hasPrefix("invalid fiscal year 'R99'"))
            #expect(interpreter.failure("compare 案A.plan 案B.plan --to out.txt").hasPrefix("unknown format 'txt'"))
            #expect(!folder.exists("out.txt"))
            #expect(interpreter.failure("compare 案A.plan 案B.plan --format csv").hasPrefix("compare: --format applies to a file: give --to PATH — usage:"))
        }
    }

    @Test("Japanese file names head the columns; headings, statuses and errors are Japanese")
    func japanese() throws {
        try withAlternatives { folder, interpreter in
            try interpreter.run("lang ja")
            let tables = try interpreter.run("compare 案A.plan 案B.plan").tables
            #expect(tables[0].title == "シナリオ別の指標（各指標の年度）")
            #expect(tables[0].columns.map(\.label).suffix(4) == ["案A", "案A 状況", "案B", "案B 状況"])
            #expect(try row(tables[0], "smart-city").suffix(4) == ["2", "達成", "0", "未達（あと2団体）"])
            #expect(tables[3].title == "令和4年度にシナリオによって実施・未実施が分かれる団体")
            #expect(try row(tables[4], "令和4年度", "advisor")[2] == "必要度")
            #expect(interpreter.failure("compare 案A.plan").hasPrefix("compare：比べるにはシナリオが2つ以上必要です"))
            #expect(interpreter.failure("compare 案A.plan 案B.plan --force").hasPrefix("compare：--force はファイルに出力するときの指定です：--to PATH を指定してください"))
            #expect(interpreter.failure("compare 案A.plan 案A.plan")
                == "「案A.plan」と「案A.plan」はどちらも見出しが「案A」になります：名前の異なるシナリオを指定してください")
            #expect(try interpreter.run("compare 案A.plan 案B.plan --to 比較.xlsx").texts.first?.hasPrefix("比較.xlsxを出力しました（xlsx、表5件、") == true)
        }
    }

    @Test("--to writes every format in one file; JSON stays English; a file is not overwritten without --force in a script")
    func exports() throws {
        try withAlternatives { folder, interpreter in
            for format in ["csv", "tsv", "md", "json", "html", "xlsx"] {
                let printed = try interpreter.run("compare 案A.plan 案B.plan --to c.\(format)")
                #expect(printed.texts.first?.hasPrefix("wrote c.\(format) (\(format), 5 tables, ") == true)
                #expect(printed.tables.isEmpty)
            }
            try interpreter.run("lang ja")
            try interpreter.run("compare 案A.plan 案B.plan --to c.json --force")
            #expect(try folder.read("c.json").contains("\"title\": \"KPIs by scenario (each in its fiscal year)\""))
            #expect(try folder.read("c.csv").hasPrefix("KPIs by scenario (each in its fiscal year)\nkpi,measure,fy,target,案A,案A_status,案B,案B_status\n"))
            try folder.write("run.plan", "compare 案A.plan 案B.plan --to c.md")
            #expect(interpreter.failure("run run.plan").contains("c.md"))
            // Checked before the scenarios run: the missing one is not reached.
            try folder.write("run.plan", "compare 案A.plan missing.plan --to c.md")
            #expect(interpreter.failure("run run.plan").contains("「c.md」は既にあります。上書きしません"))
        }
    }

    @Test("what people read (Markdown, HTML, JSON, xlsx) carries the data's sources; CSV and TSV stay pure data")
    func sources() throws {
        try withAlternatives { folder, interpreter in
            try interpreter.run("lang ja")
            for format in ["csv", "tsv", "md", "json", "html", "xlsx"] {
                try interpreter.run("compare 案A.plan 案B.plan --to c.\(format)")
            }
            for format in ["md", "json", "html"] {
                let text = try folder.read("c.\(format)")
                for needed in ["令和２年国勢調査", "Permission is hereby granted", "国土数値情報", "CC BY 4.0"] {
                    #expect(text.contains(needed), "c.\(format) without \(needed)")
                }
            }
            #expect(try folder.read("c.md").contains("### 出典"))
            let json = try JSONSerialization.jsonObject(with: Data(try folder.read("c.json").utf8)) as? [String: Any]
            #expect((json?["sources"] as? [[String: Any]])?.map { $0["id"] as? String } == ["population", "codes", "boundaries", "plan"])
            for format in ["csv", "tsv"] { #expect(!(try folder.read("c.\(format)")).contains("国勢調査")) }
            #expect(ExportXLSXTests.sheetNames(folder.url.appendingPathComponent("c.xlsx").path) == ["指標", "事業別", "地域別", "相違", "配分", "出典"])
        }
    }

    @Test("in a scenario, compare finds files beside it and leaves the scenario's plan alone; failed expects count")
    func inAScenario() throws {
        try withAlternatives { folder, interpreter in
            try folder.write("sub/x.plan", "allocate advisor 19\nexpect kpi advisor short")
            try folder.write("sub/y.plan", "assign advisor 福島市")
            try folder.write("sub/outer.plan", "assign advisor 郡山市\ncompare x.plan y.plan\nexpect count covered:advisor == 1")
            let printed = try interpreter.run("run sub/outer.plan")
            #expect(printed.notices.contains { $0.contains("x.plan:2") && $0.contains("expectation failed") })
            #expect(interpreter.failedExpectations == 1)
            #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["072036"])
        }
    }
}

/// `compare --fy --cumulative`, and the file policy a scenario runs under.
@Suite struct CompareYearsAndFilesTests {
    @Test("--fy and --cumulative choose the year the coverage parts count; KPIs stay each in its own year")
    func years() throws {
        let interpreter = try makeInterpreter(workingDirectory: CompareTests.shipped)
        let tables = try interpreter.run("compare advisors-multi-year.plan fy2022-plan.plan --fy R7 --cumulative").tables
        #expect(tables[1].title == "bodies covered per measure, through FY2025 (R7)")
        let advisor = try #require(tables[1].rows.first { $0.cells.first == .text("advisor") })
        #expect(advisor.cells.map(\.plain) == ["advisor", "59", "19"])
        #expect(try #require(tables[0].rows.first { $0.cells.first == .text("advisor") }).cells[2].plain == "FY2022")
        #expect(tables[4].rows.map { $0.cells.prefix(2).map(\.plain) } == [["FY2022", "advisor"], ["FY2022", "ict-grant"],
                                                                          ["FY2023", "advisor"], ["FY2024", "advisor"], ["FY2025", "advisor"]])
    }

    @Test("from a scenario, a compared file outside the working directory is refused as run refuses it")
    func confinement() throws {
        try withTemporaryFolder { outside in
            try withTemporaryFolder { folder in
                try outside.write("b.plan", "assign advisor hinoemata")
                try folder.write("a.plan", "assign advisor tadami")
                try folder.write("cmp.plan", "compare a.plan \(outside.path)/b.plan")
                let interpreter = try makeInterpreter(workingDirectory: folder.path)
                let error = interpreter.failure("run cmp.plan")
                #expect(error.hasPrefix("cmp.plan:1: "))
                #expect(error.contains("b.plan"))
                // At the prompt the user chose the file: it runs.
                #expect(try interpreter.run("compare a.plan \(outside.path)/b.plan").tables.count == 4)
            }
        }
    }
}
