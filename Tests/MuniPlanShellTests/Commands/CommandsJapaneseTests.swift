import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Under `lang ja` the commands confirm, refuse and head their tables in Japanese; what
/// `save` writes is the same in both languages.
@Suite struct CommandsJapaneseTests {
    func japanese(in folder: String = FileManager.default.temporaryDirectory.path) throws -> Interpreter {
        let interpreter = try makeInterpreter(workingDirectory: folder)
        try interpreter.run("lang ja")
        return interpreter
    }

    @Test("confirmations are Japanese: fy, assign, capacity, snapshot, undo, reset")
    func confirmations() throws {
        let interpreter = try japanese()
        #expect(try interpreter.run("fy R4").texts == ["令和4年度を編集中"])
        #expect(try interpreter.run("assign advisor hinoemata").texts == ["advisor 令和4年度：+1 檜枝岐村；1団体実施"])
        #expect(try interpreter.run("capacity advisor").texts == ["advisor：上限なし（資料の目標19団体は上限ではありません）"])
        #expect(try interpreter.run("snapshot a").texts == ["スナップショット「a」を作成しました"])
        #expect(try interpreter.run("undo").texts == ["元に戻しました：assign advisor hinoemata（−1団体、あと0回戻せます）"])
        #expect(try interpreter.run("reset").texts == ["計画を空にしました（undoで元に戻せます）"])
    }

    @Test("refusals are Japanese: an unknown snapshot, explain before allocate, a bad encoding")
    func refusals() throws {
        let interpreter = try japanese()
        #expect(interpreter.failure("diff nope") == "スナップショット「nope」はありません（まだ作成されていません）")
        #expect(interpreter.failure("diff") == "比較するスナップショットがありません（作成：snapshot NAME）")
        #expect(interpreter.failure("explain advisor")
                == "令和4年度のadvisorには説明する配分がありません（先にallocate advisorを実行してください）")
        #expect(interpreter.failure("export bodies --to b.csv --encoding latin1")
                == "不明な文字コード「latin1」（utf-8またはcp932を指定してください）")
        #expect(interpreter.failure("indicators set village 073644 1")
                == "独自指標の名前「village」は、英小文字・数字・ハイフン、またはかな・漢字で始まる40文字以内（空白なし）で、組み込みの要素以外にしてください")
    }

    @Test("show labels each field in Japanese")
    func show() throws {
        let card = try japanese().run("show hinoemata").texts.joined()
        #expect(card.contains("  種別        村（village）"))
        #expect(card.contains("  地域        南会津（南会津地方振興局、minamiaizu）"))
        #expect(card.contains("  人口        507（2020年国勢調査）"))
        #expect(card.contains("  実施        —（実施事業なし）"))
    }

    @Test("simulate sums up in Japanese; a missing file is refused in Japanese")
    func simulateAndFiles() throws {
        let interpreter = try japanese()
        #expect(interpreter.failure("indicators load nope.csv") == "ファイルnope.csvがありません")
        #expect(interpreter.failure("simulate --model nope.toml") == "導入率モデルがありません：nope.tomlが存在しません（Data/README.md、uptake.tomlを参照）")
        let lines = try interpreter.run("simulate --runs 100 ict-grant").texts.joined().split(separator: "\n")
        #expect(lines.first?.hasPrefix("令和4年度を100回試行（乱数の種 1）：ict-grant（支援0団体）") == true)
        #expect(lines.dropFirst().first?.hasPrefix("令和4年度までの達成確率：ict-grant-41 ≥ 41：") == true)
    }

    @Test("the same refusal stays English under lang en")
    func englishRefusal() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("diff nope") == "no snapshot 'nope' (none taken yet)")
    }

    @Test("bodies: Japanese headings, kinds 市・町・村・一部事務組合, district subtotals in 団体")
    func bodies() throws {
        let table = try #require(try japanese().run("bodies").tables.first)
        #expect(table.columns.map(\.label) == ["コード", "名称", "かな", "ローマ字", "種別", "地域", "人口", "グループ"])
        #expect(table.columns.map(\.id) == ["code", "name", "kana", "romaji", "kind", "district", "population", "groups"])
        let kinds = Set(table.records.map { $0.cells[4].plain })
        #expect(kinds.isSuperset(of: ["市", "町", "村", "一部事務組合"]))
        #expect(!kinds.contains("village"))
        let subtotal = try #require(table.rows.first { $0.kind == .subtotal })
        #expect(subtotal.cells[4].plain.hasSuffix("団体"))
    }

    @Test("snapshots and indicators tables head their columns in Japanese, with a Japanese footer")
    func emptyTables() throws {
        let interpreter = try japanese()
        let snapshots = try #require(try interpreter.run("snapshots").tables.first)
        #expect(snapshots.columns.map(\.label) == ["スナップショット", "実施数", "現在"])
        #expect(snapshots.footer == ["スナップショットはありません（snapshot NAME）"])
        let indicators = try #require(try interpreter.run("indicators").tables.first)
        #expect(indicators.columns.map(\.label) == ["独自指標", "団体数", "最小", "最大", "重み"])
    }

    @Test("export json is built in English whatever the language")
    func jsonStaysEnglish() throws {
        try withTemporaryFolder { folder in
            let wrote = try japanese(in: folder.path).run("export bodies --to b.json").texts
            #expect(wrote.first?.hasPrefix("b.jsonを出力しました（json、") == true)
            let json = try folder.read("b.json")
            #expect(json.contains("\"village\""))
            #expect(!json.contains("ローマ字"))
        }
    }

    @Test("save writes the same bytes in Japanese and English")
    func saveIsTheSame() throws {
        try withTemporaryFolder { folder in
            var saved: [String] = []
            for language in ["en", "ja"] {
                let interpreter = try makeInterpreter(workingDirectory: folder.path)
                try interpreter.run("lang \(language)")
                try interpreter.run("fy R5; assign advisor hinoemata 福島市; capacity advisor 25; weight village 2; set seminar 4")
                let confirmation = try interpreter.run("save \(language).plan").texts
                #expect(confirmation == [language == "ja" ? "ja.planに保存しました" : "saved en.plan"])
                saved.append(try folder.read("\(language).plan"))
            }
            #expect(saved[0] == saved[1])
            #expect(saved[0].contains("assign advisor"))
        }
    }
}

/// Allocation, explanation and expectations under `lang ja`.
@Suite struct AllocationJapaneseTests {
    @Test("allocate confirms, explain explains and refuses in Japanese; the chosen table has Japanese headings")
    func allocateAndExplain() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja")
        let printed = try interpreter.run("allocate advisor 3")
        #expect(printed.texts.first?.hasPrefix("advisor 令和4年度：3団体、") == true)
        let chosen = try #require(printed.tables.first)
        #expect(chosen.columns.map(\.label) == ["コード", "名称", "地域", "順位", "必要度", "理由"])
        let body = try interpreter.run("explain advisor 檜枝岐村").texts.joined()
        #expect(body.hasPrefix("檜枝岐村：候補59団体中"))
        #expect(body.contains("選定外："))
        #expect(interpreter.failure("allocate smart-city") == "allocate smart-cityにはNが必要です：この事業には上限がありません（設定：capacity smart-city N）")
    }

    @Test("expect says ok, and what it expected, in Japanese")
    func expect() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja; assign advisor hinoemata")
        #expect(try interpreter.run("expect covered advisor hinoemata").texts == ["確認OK：covered advisor hinoemata（1団体）"])
        let failed = interpreter.failure("expect count covered:advisor = 2")
        #expect(failed.hasSuffix("確認内容 count covered:advisor == 2、実際 1"))
    }
}
