import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `report --compare A.plan B.plan … --to r.html`: the scenarios run as `compare` runs them,
/// drawn side by side, with compare's errors and file policy.
@Suite struct ReportCompareTests {
    /// Two shipped scenarios under Japanese names, in a fresh folder.
    func withAlternatives(_ body: (TemporaryFolder, Interpreter) throws -> Void) throws {
        try withTemporaryFolder { folder in
            for (name, shipped) in [("案A.plan", "fy2022-plan.plan"), ("案B.plan", "small-villages-first.plan")] {
                try folder.write(name, try String(contentsOfFile: CompareTests.shipped + "/" + shipped, encoding: .utf8))
            }
            try body(folder, try makeInterpreter(workingDirectory: folder.path))
        }
    }

    /// The captions of the small maps, in order.
    func figcaptions(_ html: String) -> [String] {
        html.components(separatedBy: "<figcaption>").dropFirst().compactMap { $0.components(separatedBy: "</figcaption>").first }
    }

    @Test("a map per scenario on one colour scale, KPIs side by side, the page compare's outcomes make")
    func writesTheComparison() throws {
        try withAlternatives { folder, interpreter in
            let printed = try interpreter.run("report --compare 案A.plan 案B.plan --to r.html --date 2025-04-01")
            let html = try folder.read("r.html")
            #expect(printed.texts == ["wrote r.html (2 scenarios side by side, 59 municipalities on each map, \(NumberText.grouped(html.utf8.count)) bytes)"])
            #expect(figcaptions(html) == ["案A", "案B"])
            #expect(html.components(separatedBy: "<figure class=\"small-map\">").count == 3)
            #expect(html.contains("<dt>Scenarios</dt><dd>案A, 案B</dd>"))
            #expect(html.contains("data-table=\"kpi-comparison\""))
            // The same bytes as the core renders from compare's outcomes.
            let session = interpreter.session
            let boundaries = try Boundaries.load(directory: try #require(session.dataset.directory))
            let outcomes = try interpreter.runScenarios(["案A.plan", "案B.plan"], emit: { _ in })
            let options = ReportOptions(currentYear: session.year, date: ReportDate(year: 2025, month: 4, day: 1))
            let licence = try bundledText("LICENSE-japancode.txt")
            let expected = HTMLReport.comparisonBytes(outcomes.map { outcome in
                (outcome.name, ReportInput(plan: outcome.plan, dataset: session.dataset, boundaries: boundaries, options: options,
                                           japancodeLicenceText: licence))
            })
            #expect(Array(html.utf8) == expected)
            // fy2022-plan covers bodies small-villages-first does not: the two maps differ, each value one colour.
            let fills = Set(html.components(separatedBy: "data-value=\"1\" fill=\"").dropFirst().map { String($0.prefix(7)) })
            #expect(fills.count == 1, "\(fills)")
            // The session is as it was.
            #expect(interpreter.session.plan == Plan())
        }
    }

    @Test("the same scenarios give the same bytes; --measure maps one measure in every scenario")
    func deterministicAndOneMeasure() throws {
        try withAlternatives { folder, interpreter in
            try interpreter.run("report --compare 案A.plan 案B.plan --to a.html --date 2025-04-01 --measure advisor")
            try interpreter.run("report --compare 案A.plan 案B.plan --to b.html --date 2025-04-01 --measure advisor")
            let html = try folder.read("a.html")
            #expect(html == (try folder.read("b.html")))
            #expect(html.contains("<span class=\"label\">covered</span>"))
            #expect(!html.contains("<span class=\"label\">2 measures</span>"))
        }
    }

    @Test("in Japanese: headings, the confirmation and the errors")
    func japanese() throws {
        try withAlternatives { folder, interpreter in
            try interpreter.run("lang ja")
            let printed = try interpreter.run("report --compare 案A.plan 案B.plan --to 比較.html --date 2025-04-01")
            let html = try folder.read("比較.html")
            #expect(printed.texts == ["比較.htmlを出力しました（シナリオ2件を比較、各地図に59市町村、\(NumberText.grouped(html.utf8.count))バイト）"])
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
            #expect(html.contains("— シナリオの比較</h1>"))
            #expect(html.contains("<dt>シナリオ</dt><dd>案A、案B</dd>"))
            #expect(html.contains("<h2>指標の比較</h2>"))
            #expect(interpreter.failure("report --compare 案A.plan --to x.html").contains("比べるにはシナリオが2つ以上必要です"))
            #expect(interpreter.failure("report --compare 案A.plan 案B.plan --name 案C --to x.html")
                .contains("--name は1つの計画の名前です：--compare では各シナリオをファイル名で示します"))
        }
    }

    @Test("compare's refusals: too few, the same name twice, a failing or missing scenario; --name; nothing written")
    func refusals() throws {
        try withAlternatives { folder, interpreter in
            try folder.write("bad.plan", "fy R4\nassign advisor nowhere")
            #expect(interpreter.failure("report --compare 案A.plan --to x.html").hasPrefix("report: compare needs at least two scenarios — usage: report"))
            #expect(interpreter.failure("report --compare --to x.html").hasPrefix("report: --compare needs a value"))
            #expect(interpreter.failure("report --compare 案A.plan ./案A.plan --to x.html")
                == "'案A.plan' and './案A.plan' would both be headed '案A': give scenarios of different names")
            #expect(interpreter.failure("report --compare 案A.plan bad.plan --to x.html").hasPrefix("bad.plan:2: unknown body 'nowhere'"))
            #expect(interpreter.failure("report --compare 案A.plan missing.plan --to x.html") == "no such file: missing.plan")
            #expect(interpreter.failure("report --compare 案A.plan 案B.plan --name 案C --to x.html")
                .hasPrefix("report: --name names one plan; with --compare each scenario is named by its file — usage:"))
            #expect(interpreter.failure("report --compare 案A.plan 案B.plan --to x.html --measure advisr")
                == "unknown measure 'advisr' — did you mean advisor?")
            #expect(!folder.exists("x.html"))
            // A script replaces a report only with --force, as the single report.
            try folder.write("x.html", "old")
            #expect(interpreter.script(["report --compare 案A.plan 案B.plan --to x.html"], name: "s.plan").outcome.errors.count == 1)
            #expect(try folder.read("x.html") == "old")
        }
    }

    @Test("a scenario may have a name compare's own columns use: the report heads no columns with it")
    func namesOfCompareColumns() throws {
        try withAlternatives { folder, interpreter in
            try folder.write("measure.plan", try folder.read("案B.plan"))
            #expect(try interpreter.run("report --compare 案A.plan measure.plan --to y.html").texts.count == 1)
            #expect(figcaptions(try folder.read("y.html")) == ["案A", "measure"])
        }
    }

    @Test("in a script an existing file is refused before any scenario runs")
    func fileCheckedFirst() throws {
        try withAlternatives { folder, interpreter in
            try folder.write("x.html", "old")
            try folder.write("s.plan", "report --compare 案A.plan missing.plan --to x.html")
            #expect(interpreter.failure("run s.plan").contains("'x.html' already exists; not overwritten"))
        }
    }

    @Test("from a scenario, a compared file outside the working directory is refused as run refuses it")
    func confinement() throws {
        try withTemporaryFolder { outside in
            try withTemporaryFolder { folder in
                try outside.write("b.plan", "assign advisor hinoemata")
                let line = "report --compare a.plan \(outside.path)/b.plan --to r.html"
                for (file, text) in [("a.plan", "assign advisor tadami"), ("cmp.plan", line)] { try folder.write(file, text) }
                let interpreter = try makeInterpreter(workingDirectory: folder.path)
                let error = interpreter.failure("run cmp.plan")
                #expect(error.hasPrefix("cmp.plan:1: ") && error.contains("b.plan"), "\(error)")
                #expect(!folder.exists("r.html"))
                // At the prompt the user chose the file: it runs.
                try interpreter.run(line)
                #expect(folder.exists("r.html"))
            }
        }
    }

    @Test("the words parse into the files and options")
    func parsing() throws {
        #expect(try parsed("report --compare a.plan b.plan c.plan --to r.html", as: ReportCommand.self)
                == ReportCommand(path: "r.html", compare: ["a.plan", "b.plan", "c.plan"]))
        #expect(try parsed("report --to r.html --compare a.plan b.plan --fy R5", as: ReportCommand.self)
                == ReportCommand(path: "r.html", fy: "R5", compare: ["a.plan", "b.plan"]))
    }
}
