import CatalogueFormat
import Foundation
import Testing
@testable import MuniPlan

/// The message catalogue a translator edits: the build compiles it only when these checks
/// pass, and this suite reads the files themselves through the same checks.
@Suite struct CatalogueTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/MuniPlan/Text/Catalogue")

    static func files() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".po") }.sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func everyMessageOfTheCatalogueHasBothLanguagesAndTheSamePlaceholders() throws {
        let files = try Self.files()
        #expect(!files.isEmpty)
        let catalogue = try CheckedCatalogue(files: files)
        // What the build compiled is what the files say, entry for entry.
        #expect(Set(catalogue.messages.map(\.key)) == Set(MessageCatalogue.texts.keys))
        for message in catalogue.messages {
            #expect(MessageCatalogue.texts[message.key]?.english == message.english)
            #expect(MessageCatalogue.texts[message.key]?.japanese == message.japanese)
        }
    }

    @Test func aMessageInOneLanguageOnlyIsRefusedWhereItIs() {
        let text = """
        msgctxt "shell.only-english"
        msgid "only English"
        msgstr ""

        msgctxt "shell.only-japanese"
        msgid ""
        msgstr "日本語だけ"
        """
        #expect(problems(text) == [
            "t.po:1: shell.only-english has no Japanese text (msgstr)",
            "t.po:5: shell.only-japanese has no English text (msgid)",
        ])
    }

    @Test func placeholdersThatDifferBetweenTheLanguagesAreRefused() {
        let text = """
        msgctxt "shell.undone"
        msgid "undone: {what} ({count} more)"
        msgstr "元に戻しました：{what}（残り{left}）"
        """
        #expect(problems(text) == ["t.po:1: shell.undone: msgstr has placeholders {left} {what}, msgid has {count} {what}"])
    }

    @Test func aKeyDefinedTwiceABadPlaceholderAndABadFieldAreRefused() {
        #expect(problems("""
        msgctxt "a.b"
        msgid "x"
        msgstr "エックス"

        msgctxt "a.b"
        msgid "y"
        msgstr "ワイ"
        """) == ["t.po:5: a.b is already defined at t.po:1"])
        #expect(problems("msgctxt \"a.b\"\nmsgid \"{Name}\"\nmsgstr \"{Name}\"") == [
            "t.po:1: a.b: English: '{Name}' is not a placeholder name (lower camel case, ASCII letters and digits)",
            "t.po:1: a.b: Japanese: '{Name}' is not a placeholder name (lower camel case, ASCII letters and digits)",
        ])
        #expect(problems("msgctxt \"a.b\"\nmsgid \"x\"\nmsgfoo \"y\"") == ["t.po:3: unknown field 'msgfoo'"])
        #expect(problems("msgctxt \"Bad Key\"\nmsgid \"x\"\nmsgstr \"y\"").first?.contains("is not a key") == true)
    }

    @Test func continuedStringsEscapesAndPluralsAreRead() throws {
        let catalogue = try CheckedCatalogue(files: [("t.po", """
        # a comment
        msgid ""
        msgstr "Language: ja\\n"

        msgctxt "a.lines"
        msgid ""
        "one\\n"
        "two \\"quoted\\""
        msgstr "一\\n二「引用」"

        msgctxt "a.errors"
        msgid "{count} error"
        msgid_plural "{count} errors"
        msgstr[0] "エラー{count}件"
        """)])
        #expect(catalogue.messages.map(\.key) == ["a.errors", "a.lines"])
        #expect(catalogue.messages[1].english == ["one\ntwo \"quoted\""])
        #expect(catalogue.messages[0].isPlural)
        #expect(catalogue.messages[0].japanese == ["エラー{count}件"])
    }

    @Test func aMessageIsMadeInEitherLanguageWithItsPluralForm() {
        #expect(Message.Shell.nothingToUndo.text(in: .english) == "nothing to undo")
        #expect(Message.Shell.nothingToUndo.text(in: .japanese) == "元に戻す操作はありません")
        #expect(Message.Shell.keptGoing(count: 1, file: "a.plan").text(in: .english) == "a.plan: 1 error")
        #expect(Message.Shell.keptGoing(count: 2, file: "a.plan").text(in: .english) == "a.plan: 2 errors")
        #expect(Message.Shell.keptGoing(count: 2, file: "a.plan").text(in: .japanese) == "a.plan：エラー2件")
        #expect(MessageList(["福島市", "郡山市"]).text(in: .japanese) == "福島市、郡山市")
        #expect(MessageList(["a", "b"]).text(in: .english) == "a, b")
    }

    @Test func theLanguageComesFromTheLocaleAsPOSIXOrdersIt() {
        #expect(Language(environment: ["LANG": "ja_JP.UTF-8"]) == .japanese)
        #expect(Language(environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "C"]) == .english)
        #expect(Language(environment: ["LANG": "C.UTF-8", "LC_MESSAGES": "ja_JP.eucJP"]) == .japanese)
        #expect(Language(environment: ["LC_ALL": "", "LANG": "ja"]) == .japanese)
        #expect(Language(environment: [:]) == .english)
        #expect(Language(word: "日本語") == .japanese && Language(word: "EN") == .english && Language(word: "fr") == nil)
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try CheckedCatalogue(files: [("t.po", text)])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}

@Suite struct ModelWordsTests {
    @Test func yearsAndKindsReadAsEachLanguageWritesThem() {
        #expect(FiscalYear(2022).text(in: .japanese) == "令和4年度")
        #expect(FiscalYear(2019).text(in: .japanese) == "令和元年度")
        #expect(FiscalYear(2018).text(in: .japanese) == "平成30年度")
        #expect(FiscalYear(1989).text(in: .japanese) == "平成元年度")
        #expect(FiscalYear(2022).text(in: .english) == "FY2022 (R4)")
        #expect(Message.Model.baseline(first: FiscalYear(2022).short).text(in: .english) == "baseline (before FY2022)")
        #expect(Message.Model.baseline(first: FiscalYear(2022).short).text(in: .japanese) == "基準（令和4年度より前）")
        #expect(BodyKind.association.name.text(in: .japanese) == "一部事務組合")
        #expect(BodyKind.city.name.text(in: .english) == "city")
    }
}
