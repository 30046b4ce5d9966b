import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Issue 16 item 9: the sources travel with the data. JSON carries them as `sources`
/// (schema 2), Markdown and HTML as a footer, CSV stays pure data, and `export sources`
/// writes the attributions with japancode's licence text in any format.
@Suite struct ExportSourcesTests {
    func text(_ folder: TemporaryFolder, _ name: String) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("a JSON export carries every source, japancode's MIT licence text included, under schema 2")
    func json() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("export kpi --to kpi.json")
            let document = try JSONDecoder().decode(ExportDocument.self, from: Data(try text(folder, "kpi.json").utf8))
            #expect(document.schema == "muniplan.kpi/2")
            let sources = try #require(document.sources)
            #expect(sources.map(\.id) == ["population", "codes", "boundaries", "plan"])
            let codes = try #require(sources.first { $0.id == "codes" })
            #expect(codes.detail == "MIT License — Copyright (c) 2024 Kentaro Ozeki")
            #expect(codes.licenceText == (try bundledText("LICENSE-japancode.txt")))
            #expect(sources.last?.attribution == "福島県 デジタル変革（ＤＸ）推進基本方針及びデジタル化推進計画 令和４年度関連事業・取組一覧")
            #expect(sources.contains { $0.attribution == "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成" })
        }
    }

    @Test("CSV stays pure data; Markdown and HTML end with the sources, in the reader's language")
    func footers() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("export bodies --to b.csv; export bodies --to b.md; export bodies --to b.html")
            #expect(!(try text(folder, "b.csv")).contains("japancode"))
            let markdown = try text(folder, "b.md")
            #expect(markdown.contains("\n### Sources\n\n- population: 令和２年国勢調査 速報集計 (総務省統計局) (e-Stat 表番号 0003433219（2021年6月25日公表）)\n"))
            #expect(markdown.contains("#### Licence of japancode 0.1.0\n\n```\nMIT License"))
            let html = try text(folder, "b.html")
            #expect(html.contains("<footer class=\"sources\">\n<h2>Sources</h2>"))
            #expect(html.contains("<pre class=\"licence\">MIT License"))
            try interpreter.run("lang ja; export bodies --to ja.md")
            #expect((try text(folder, "ja.md")).contains("\n### 出典\n\n- 人口：令和２年国勢調査 速報集計 (総務省統計局)（e-Stat"))
        }
    }

    @Test("export sources writes one row a source in CSV, with the licence text; it takes no argument")
    func sourcesTable() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(try interpreter.run("export sources --to s.csv").texts == ["wrote s.csv (csv, 4 rows, \(NumberText.grouped(try text(folder, "s.csv").utf8.count)) bytes)"])
            let rows = parseCSV(try text(folder, "s.csv"))
            #expect(rows.first == ["id", "subject", "attribution", "detail", "licence"])
            #expect(rows.dropFirst().map { $0[0] } == ["population", "codes", "boundaries", "plan"])
            #expect(rows[2][4].hasPrefix("MIT License"))
            #expect(interpreter.failure("export sources extra --to s.csv").contains("unexpected 'extra'"))
        }
    }
}
