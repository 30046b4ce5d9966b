import TestSupport
import Testing
@testable import MuniPlanShell

/// `help` in Japanese, and found by Japanese words at either prompt.
@Suite struct JapaneseHelpTests {
    func help(_ topic: String?, lang: String) throws -> String {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang \(lang)")
        return try interpreter.run(topic.map { "help \(Lexer.quote($0))" } ?? "help").texts.joined(separator: "\n")
    }

    @Test("help allocate in Japanese: the usage line, summary, options and headings")
    func allocateInJapanese() throws {
        let text = try help("allocate", lang: "ja")
        let spec = try #require(CommandRegistry.spec("allocate"))
        #expect(text.hasPrefix("使い方：\(spec.usage)\n\n現在の年度に、方針と条件に従って事業の団体を選定する\n"))
        #expect(text.contains("\nオプション：\n"))
        #expect(text.contains("  --min-per-district K      各地域に少なくともK団体"))
        #expect(text.contains("apportion hamilton|"), "the methods are filled into the Japanese details")
        #expect(text.contains("\n例：\n  allocate advisor 19 by need --min-per-district 1"), "examples stay commands")
        #expect(!text.contains("usage:") && !text.contains("options:"))
    }

    @Test("the Japanese index has Japanese group titles and summaries")
    func indexInJapanese() throws {
        let index = try help(nil, lang: "ja")
        #expect(index.hasPrefix("muniplan — 市町村への支援の計画、シミュレーション、報告書。\n"))
        #expect(index.contains("\n配分\n  allocate    現在の年度に、方針と条件に従って事業の団体を選定する\n"))
        #expect(index.contains("\n表とファイル\n"))
        #expect(!index.contains("Looking things up"))
    }

    @Test("Japanese words find commands at a Japanese and at an English prompt", arguments: ["ja", "en"])
    func japaneseWords(lang: String) throws {
        for word in ["配置", "割当"] {
            let text = try help(word, lang: lang)
            #expect(text.contains("\n  allocate "), "help \(word) in \(lang)")
        }
        let export = try help("出力", lang: lang)
        #expect(export.contains("\n  export "))
        #expect(!export.contains("\n  undo "))
    }

    @Test("an English word finds commands at a Japanese prompt, listed in Japanese")
    func englishWordInJapanese() throws {
        let text = try help("budget", lang: "ja")
        #expect(text.hasPrefix("「budget」に関するコマンド：\n"))
        #expect(text.contains("  allocate    現在の年度に、方針と条件に従って事業の団体を選定する"))
    }

    @Test("topics in Japanese")
    func topics() throws {
        #expect(try help("selectors", lang: "ja").hasPrefix("団体の指定 — "))
        #expect(try help("years", lang: "ja").contains("FY2022 (R4) と表示します"))
        #expect(try help("numbers", lang: "ja").contains("範囲外の数値は範囲を示して拒否します"))
    }

    @Test("no help for a word, in Japanese, with its suggestion")
    func noHelpInJapanese() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja")
        #expect(interpreter.failure("help expekt") == "「expekt」のヘルプはありません — 「expect」のことですか？（help で一覧を表示）")
        #expect(interpreter.failure("help ないもの").hasPrefix("「ないもの」のヘルプはありません"))
    }

    @Test("ヘルプ and 終了 are help and quit; other Japanese aliases reach their commands")
    func japaneseAliases() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("ヘルプ").texts == interpreter.run("help").texts)
        #expect(try interpreter.run("ヘルプ allocate").texts == interpreter.run("help allocate").texts)
        #expect(try help("終了", lang: "ja") == help("quit", lang: "ja"))
        #expect(try parsed("終了") is QuitCommand)
        #expect(try parsed("保存 a.plan") is SaveCommand)
        #expect(try parsed("表示 hinoemata") is ShowCommand)
        #expect(try parsed("元に戻す") is UndoCommand)
        try interpreter.run("終了")
        #expect(interpreter.quitRequested)
    }

    @Test("every command has a Japanese summary different from the English, and Japanese option help")
    func everyCommandTranslated() throws {
        for spec in CommandRegistry.all {
            let japanese = spec.summaryMessage.text(in: .japanese)
            #expect(japanese != spec.summary, "\(spec.name)")
            for option in spec.options { #expect(option.helpMessage.text(in: .japanese) != option.help, "\(spec.name) \(option.name)") }
        }
        for group in CommandGroup.allCases { #expect(group.title.text(in: .japanese) != group.rawValue, "\(group)") }
    }
}
