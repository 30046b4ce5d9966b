import Foundation
import MuniPlan
import MuniPlanShell
import TestSupport
import Testing

/// After `lang ja`, the shell's own errors read in Japanese, with the typed words, option
/// names and usage line as they are.
@Suite struct ShellErrorJapaneseTests {
    func japanese() throws -> Interpreter {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja")
        return interpreter
    }

    @Test("an error in Japanese: the words typed, options and the usage line kept as they are", arguments: [
        // An unknown command suggests the closest one, or points at help.
        ("bodis", "不明なコマンド「bodis」 — 「bodies」のことですか？"),
        ("xyzzy", "不明なコマンド「xyzzy」 — help でコマンドの一覧を表示します"),
        // Usage errors: what is wrong, then the generated usage line.
        ("capacity", "capacity：必須の引数 MEASURE がありません — 使い方：capacity MEASURE [N|default]"),
        ("bodies --kind", "bodies：不明なオプション「--kind」 — 使い方：bodies [SELECTOR…]"),
        ("capacity advisor 3 4", "capacity：余分な引数「4」 — 使い方：capacity MEASURE [N|default]"),
        // Syntax errors name their column.
        ("show 'hinoemata", "6文字目に構文エラー：引用符が閉じていません"),
        ("bodies \\", "8文字目に構文エラー：行末にバックスラッシュがあります"),
        // A number out of range says the range.
        ("capacity advisor 1000001",
         "capacity：N には0～1,000,000の整数を指定してください（「1000001」は指定できません） — 使い方：capacity MEASURE [N|default]"),
    ])
    func japaneseError(line: String, expected: String) throws {
        #expect(try japanese().failure(line) == expected)
    }

    @Test("part of a measure's name: what to type for the one or several it is part of, in both languages", arguments: [
        ("assign アドバイザー 福島市", "不明な事業「アドバイザー」：「アドバイザー派遣」のことですか？",
         "unknown measure 'アドバイザー' — did you mean アドバイザー派遣?"),
        ("coverage オンライン", "不明な事業「オンライン」：「オンライン利用率」、「オンライン申請」のいずれかですか？",
         "unknown measure 'オンライン' — did you mean one of オンライン利用率, オンライン申請?"),
        // Full-width Latin folds to ASCII: the ids are what such a word is part of.
        ("unassign ｍｙｎｕｍ 福島市", "不明な事業「ｍｙｎｕｍ」：「mynumber」、「mynumber-drive」のいずれかですか？",
         "unknown measure 'ｍｙｎｕｍ' — did you mean one of mynumber, mynumber-drive?"),
        // One character is part of too much to mean anything: every id.
        ("assign ア 福島市", "不明な事業「ア」（登録されている事業：seminar、talent、online-rate、smart-city、mynumber、mynumber-drive、advisor、ict-grant、e-application、security-cloud、bpr）",
         "unknown measure 'ア' — known: seminar, talent, online-rate, smart-city, mynumber, mynumber-drive, advisor, ict-grant, e-application, security-cloud, bpr"),
    ])
    func partOfAMeasureName(line: String, japanese expected: String, english: String) throws {
        let interpreter = try japanese()
        let plan = interpreter.session.plan
        #expect(interpreter.failure(line) == expected)
        #expect(interpreter.session.plan == plan)
        try interpreter.run("lang en")
        #expect(interpreter.failure(line) == english)
    }

    @Test("a measure's id typed in full-width letters through an IME is that measure, not an error")
    func fullWidthID() throws {
        let interpreter = try japanese()
        #expect(try interpreter.run("assign ａｄｖｉｓｏｒ 会津若松市").texts == ["advisor 令和4年度：+1 会津若松市；1団体実施"])
        #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year) == ["072028"])
    }

    @Test("a scenario that is not there, and one that runs itself, are refused in Japanese")
    func scenarioFiles() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.url.path)
            try interpreter.run("lang ja")
            #expect(interpreter.failure("run nothere.plan") == "ファイルがありません：nothere.plan")
            try Data("run loop.plan\n".utf8).write(to: folder.url.appendingPathComponent("loop.plan"))
            #expect(interpreter.failure("run loop.plan") == "loop.plan:1: loop.plan は自分自身を実行します（loop.plan → loop.plan）：実行しません")
        }
    }

    @Test("the same errors in English are as they were")
    func english() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("capacity") == "capacity: missing MEASURE — usage: capacity MEASURE [N|default]")
        #expect(interpreter.failure("show 'hinoemata") == "syntax error at column 6: unclosed quote")
    }
}
