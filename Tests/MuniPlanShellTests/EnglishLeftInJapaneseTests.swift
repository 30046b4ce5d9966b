import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// What a Japanese session showed in English before: a broken uptake model or boundaries
/// file, allocate's policy in a refusal, diff's headings, expect probability's odds, a
/// results file's missing column, a size limit, a simulated body's support. Each now reads
/// in Japanese; English is unchanged.
@Suite struct EnglishLeftInJapaneseTests {
    func interpreters(in folder: String = FileManager.default.temporaryDirectory.path,
                      over dataset: Dataset? = nil) throws -> (english: Interpreter, japanese: Interpreter) {
        let make = { () throws -> Interpreter in
            try dataset.map { try makeInterpreter(over: $0, workingDirectory: folder) } ?? makeInterpreter(workingDirectory: folder)
        }
        let japanese = try make()
        try japanese.run("lang ja")
        return (try make(), japanese)
    }

    @Test("simulate --model with a broken uptake model: each problem in Japanese, at its line")
    func brokenUptakeModel() throws {
        try withTemporaryFolder { folder in
            _ = try folder.write("syntax.toml", "[support]\nadvisor = [}\n")
            _ = try folder.write("model.toml", "[support]\nadvisor = \"advisr\"\ngrant = \"ict-grant\"\n")
            let (english, japanese) = try interpreters(in: folder.path)
            #expect(japanese.failure("simulate --model syntax.toml") == "syntax.toml:2: TOMLの構文エラー：値が必要です（実際は「}」）")
            #expect(english.failure("simulate --model syntax.toml") == "syntax.toml:2: TOML syntax: expected a value, found '}'")
            #expect(japanese.failure("simulate --model model.toml")
                    == "model.toml:2: 不明な事業「advisr」：「advisor」のことですか？；model.toml:1: [[uptake]]の項目がありません：シミュレーションするものがありません")
            #expect(english.failure("simulate --model model.toml")
                    == "model.toml:2: unknown measure 'advisr' — did you mean advisor?; model.toml:1: no [[uptake]] entries: nothing to simulate")
        }
    }

    @Test("report over a broken boundaries file: the problem in Japanese, at its line")
    func brokenBoundaries() throws {
        try withTemporaryData(files: TemporaryData.files + [Boundaries.fileName]) { data in
            try data.write(Boundaries.fileName, "not json\n{\"type\":\"Thing\"}\n")
            let (english, japanese) = try interpreters(in: data.directory.path, over: try DataLoader.load(directory: data.directory.path))
            #expect(japanese.failure("report --to r.html")
                    == "boundaries.geojson:1: JSONとして正しくありません（1行にGeoJSONのFeatureを1つ書いてください）；"
                    + "boundaries.geojson:2: GeoJSONのFeatureが必要です（typeは「Thing」）")
            #expect(english.failure("report --to r.html")
                    == "boundaries.geojson:1: not valid JSON (expected one GeoJSON Feature on this line); "
                    + "boundaries.geojson:2: expected a GeoJSON Feature, found type 'Thing'")
        }
    }

    @Test("a failure in a script run by a script: the chain of places without English words")
    func nestedRunLocation() throws {
        try withTemporaryFolder { folder in
            _ = try folder.write("a.plan", "run b.plan\n")
            _ = try folder.write("b.plan", "bodies\nshow nowhere\n")
            let (english, japanese) = try interpreters(in: folder.path)
            #expect(japanese.failure("run a.plan") == "a.plan:1 → b.plan:2: 不明な団体「nowhere」")
            #expect(english.failure("run a.plan").hasPrefix("a.plan:1: in b.plan:2: unknown body 'nowhere'"))
        }
    }

    @Test("a budget with spread: the policy is named in Japanese")
    func policyInRefusal() throws {
        let (english, japanese) = try interpreters()
        let line = "allocate advisor 3 spread --budget 10 --cost population"
        #expect(japanese.failure(line) == "advisorを配分できません：地域に均等では予算は使えません")
        #expect(english.failure(line).hasSuffix("a budget does not apply to spread"), "\(english.failure(line))")
    }

    @Test("diff heads its table in Japanese; as JSON it stays English")
    func diffHeadings() throws {
        let (_, japanese) = try interpreters()
        try japanese.run("snapshot a; assign advisor hinoemata")
        let table = try #require(try japanese.run("diff a").tables.first)
        #expect(table.columns.map(\.label) == ["変更", "年度", "対象", "追加", "削除"])
        #expect(table.rows.first?.cells.prefix(3).map(\.plain) == ["実施状況", "令和4年度", "advisor"])
        try japanese.run("format json")
        let json = try #require(try japanese.run("diff a").tables.first)
        #expect(json.columns.map(\.label) == ["change", "fy", "what", "gained", "lost"])
        #expect(json.rows.first?.cells.prefix(3).map(\.plain) == ["coverage", "FY2022 (R4)", "advisor"])
    }

    @Test("expect probability says what it checked in Japanese")
    func expectProbability() throws {
        let (english, japanese) = try interpreters()
        for interpreter in [english, japanese] { try interpreter.run("simulate ict-grant --runs 200 --seed 1") }
        #expect(try japanese.run("expect probability ict-grant-41 >= 0").texts
                == ["確認OK：probability ict-grant-41 >= 0（令和4年度までにict-grant-41 ≥ 41となる確率 = 0.0000（標準誤差 0.0000））"])
        #expect(try english.run("expect probability ict-grant-41 >= 0").texts
                == ["ok: probability ict-grant-41 >= 0 (P(ict-grant-41 ≥ 41 by FY2022) = 0.0000 (s.e. 0.0000))"])
        #expect(japanese.failure("expect probability ict-grant >= 0.5")
                == "確認に失敗しました：確認内容 probability ict-grant >= 0.5、実際 令和4年度までにict-grant-41 ≥ 41となる確率 = 0.0000（標準誤差 0.0000）、"
                + "令和4年度までにict-grant-42 ≥ 42となる確率 = 0.0000（標準誤差 0.0000）、200回試行")
        #expect(try japanese.run("expect probability ict-grant-41 >= 0 --exact").texts
                == ["確認OK：probability ict-grant-41 >= 0 --exact（令和4年度までにict-grant-41 ≥ 41となる確率 = 0.0000（厳密））"])
    }

    @Test("a results file without covered or value: the missing heading said in Japanese")
    func actualMissingColumn() throws {
        try withTemporaryFolder { folder in
            _ = try folder.write("r.csv", "code,measure,fy\n072010,advisor,R4\n")
            let (english, japanese) = try interpreters(in: folder.path)
            #expect(japanese.failure("actual load r.csv").contains("covered/実施 または value/実績"), "\(japanese.failure("actual load r.csv"))")
            #expect(english.failure("actual load r.csv").contains("covered/実施 or value/実績"))
        }
    }

    @Test("a command line over its limit names the limit in the session's language")
    func lineLimit() throws {
        var lines = LineAssembler(limit: 10)
        do throws(LineAssembler.TooLong) {
            _ = try lines.feed(String(repeating: "x", count: 20), number: 1)
            Issue.record("a 20-byte line was kept")
        } catch {
            #expect(error.message.text(in: .japanese).hasPrefix("コマンド行が10バイトを超えています"))
            #expect(error.description.hasPrefix("command line longer than 10 bytes"))
        }
    }

    @Test("simulate's bodies table names each body's support in Japanese; JSON keeps the model's words")
    func supportNames() throws {
        let (english, japanese) = try interpreters()
        for interpreter in [english, japanese] {
            try interpreter.run("assign ict-grant hinoemata; assign advisor hinoemata; assign ict-grant fukushima")
        }
        func support(_ interpreter: Interpreter) throws -> [String] {
            let printed = try interpreter.run("simulate ict-grant --runs 100 --seed 1")
            let table = try #require(printed.tables.first { $0.name == "simulation-bodies" })
            let column = try #require(table.columns.firstIndex { $0.id == "support" })
            return table.rows.map { $0.cells[column].plain }
        }
        #expect(try support(japanese) == ["補助", "アドバイザー・補助"])
        #expect(try support(english) == ["grant", "both"])
        try japanese.run("format json")
        #expect(try support(japanese) == ["grant", "both"])
    }

    @Test("export simulation to JSON from a Japanese session: English labels and values, as every JSON export")
    func simulationJSON() throws {
        try withTemporaryFolder { folder in
            let (_, japanese) = try interpreters(in: folder.path)
            try japanese.run("assign ict-grant hinoemata; assign advisor hinoemata; simulate ict-grant --runs 100 --seed 1")
            try japanese.run("export simulation bodies --to bodies.json; export simulation bodies --to bodies.csv")
            let json = try folder.read("bodies.json")
            #expect(json.contains("\"label\": \"support\"") && json.contains("\"both\""), "\(json)")
            #expect(!json.contains("\"支援\"") && !json.contains("\"アドバイザー・補助\""), "\(json)")
            #expect(try folder.read("bodies.csv").contains("アドバイザー・補助"))
        }
    }
}
