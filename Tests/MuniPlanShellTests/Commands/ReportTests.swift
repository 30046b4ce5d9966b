import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `report --to PATH.html [--measure MEASURE] [--fy FY] [--cumulative] [--force]` at the shell.
@Suite struct ReportTests {
    /// Runs `body` with an interpreter whose working directory is a fresh temporary folder.
    func inFolder(_ body: (TemporaryFolder, Interpreter) throws -> Void) throws {
        try withTemporaryFolder { folder in try body(folder, try makeInterpreter(workingDirectory: folder.path)) }
    }

    @Test("report writes one HTML page and says how much it drew")
    func writes() throws {
        try inFolder { folder, interpreter in
            let printed = try interpreter.run("report --to out.html")
            let html = try folder.read("out.html")
            #expect(printed.texts == ["wrote out.html (59 municipalities on the map, \(NumberText.grouped(html.utf8.count)) bytes)"])
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("coverage in FY2022 (R4)"))
            #expect(html.contains("Measures covering each municipality (FY2022 (R4))"))
        }
    }

    @Test("the page's sources carry japancode's MIT licence text, as exports do, under the sources' own subjects")
    func sources() throws {
        try inFolder { folder, interpreter in
            try interpreter.run("report --to out.html")
            let html = try folder.read("out.html")
            let licence = try bundledText("LICENSE-japancode.txt").trimmingCharacters(in: .newlines)
            #expect(html.contains("<pre class=\"licence-text\">\(HTMLText.escape(licence))</pre>"))
            #expect(html.contains("<span class=\"subject\">population</span>"))
            try interpreter.run("lang ja; report --to ja.html")
            #expect(try folder.read("ja.html").contains("<span class=\"subject\">人口</span>"))
        }
    }

    @Test("--measure, --fy and --cumulative give the page the core assembles for them")
    func options() throws {
        try inFolder { folder, interpreter in
            try interpreter.run("assign advisor hinoemata; fy R5; assign advisor tadami; fy R4")
            try interpreter.run("report --to advisor.html --measure advisor --fy R5 --cumulative --name 案A --date 2025-04-01")
            let session = interpreter.session
            let options = ReportOptions(measure: session.dataset.measure(id: "advisor"), fiscalYear: FiscalYear(2023),
                                        currentYear: session.year, cumulative: true, scenario: "案A",
                                        date: ReportDate(year: 2025, month: 4, day: 1))
            let boundaries = try Boundaries.load(directory: try #require(session.dataset.directory))
            let expected = HTMLReport.bytes(ReportInput(plan: session.plan, dataset: session.dataset, boundaries: boundaries,
                                                        options: options, japancodeLicenceText: try bundledText("LICENSE-japancode.txt")))
            let html = try folder.read("advisor.html")
            #expect(Array(html.utf8) == expected)
            #expect(html.contains("coverage through FY2023 (R5), advisor"))
            #expect(html.contains("<span class=\"label\">covered</span>"))
            #expect(html.contains("<dt>Plan</dt><dd>案A</dd>"))
            #expect(html.contains("<dt>Report date</dt><dd>2025-04-01</dd>"))
        }
    }

    @Test("a wrong measure or year is refused before anything is written")
    func refused() throws {
        try inFolder { folder, interpreter in
            #expect(interpreter.failure("report --to r.html --measure advisr") == "unknown measure 'advisr' — did you mean advisor?")
            #expect(interpreter.failure("report --to r.html --measure advisr --fy R99").hasPrefix("unknown measure"))
            #expect(interpreter.failure("report --to r.html --fy nonsense").hasPrefix("invalid fiscal year 'nonsense'"))
            #expect(interpreter.failure("report").contains("missing --to PATH.html"))
            #expect(interpreter.failure("report --to r.html --date 2025-02-30") == "--date '2025-02-30' is not a date YYYY-MM-DD")
            try interpreter.run("lang ja")
            #expect(interpreter.failure("report --to r.html --date 明日") == "--date 「明日」は YYYY-MM-DD の日付ではありません")
            #expect(!folder.exists("r.html"))
        }
    }

    @Test("a script replaces an existing report only with --force")
    func force() throws {
        try inFolder { folder, interpreter in
            try folder.write("r.html", "old")
            let refused = interpreter.script(["report --to r.html"], name: "s.plan")
            #expect(refused.outcome.errors.count == 1, "\(refused.outcome.errors)")
            #expect(try folder.read("r.html") == "old")
            let forced = interpreter.script(["report --to r.html --force"], name: "s.plan")
            #expect(forced.outcome.errors.isEmpty, "\(forced.outcome.errors)")
            #expect(try folder.read("r.html").hasPrefix("<!DOCTYPE html>"))
        }
    }

    @Test("a data set read from nowhere has no boundaries to draw")
    func noBoundaries() throws {
        let d = try bundledDataset()
        let detached = Dataset(name: d.name, prefecture: d.prefecture, source: d.source, firstFiscalYear: d.firstFiscalYear,
                               centre: d.centre, bodies: d.bodies, districts: d.districts, items: d.items,
                               measures: d.measures, kpis: d.kpis, directory: nil)
        let interpreter = try makeInterpreter(over: detached)
        #expect(interpreter.failure("report --to r.html") == "this data set has no boundaries to draw")
    }

    @Test("the words parse into the path and options")
    func parsing() throws {
        #expect(try parsed("report --to r.html", as: ReportCommand.self) == ReportCommand(path: "r.html"))
        #expect(try parsed("report --to a.html --measure advisor --fy R5 --cumulative --force", as: ReportCommand.self)
                == ReportCommand(path: "a.html", measure: "advisor", fy: "R5", cumulative: true, force: true))
    }
}
