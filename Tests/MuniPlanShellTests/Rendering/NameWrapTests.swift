import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Names stay whole where a longer word can give way: `bodies` at 100 columns breaks only
/// the romanised association (26 letters), no name or kana reading; a name never goes
/// onto more than two lines.
@Suite struct NameWrapTests {
    @Test("the narrowest a column can be: a name in two halves, a long Latin word at a name's length")
    func narrowestAtAll() {
        #expect(TextWrapper.narrowestAtAll("あいづわかまつし") == 8)
        #expect(TextWrapper.narrowestAtAll("南会津") == 4)
        #expect(TextWrapper.narrowestAtAll("yobonoattaichibujimukumiai") == 16)
        #expect(TextWrapper.narrowestAtAll("aizuwakamatsu") == 13)
        // Prose (a Japanese run longer than a name) still breaks between characters (not before っ).
        #expect(TextWrapper.narrowestAtAll("ようぼうのあったいちぶじむくみあい") == 4)
    }

    @Test("bodies at 100 columns: every name, kana and romaji of a municipality whole, in both languages")
    func bodiesAt100() throws {
        let interpreter = try makeInterpreter()
        for language in Language.allCases {
            interpreter.session.language = language
            let table = try #require(try interpreter.run("bodies").tables.first)
            let text = TableRenderer(language: language, width: 100).render(table)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(!text.contains("-[ "), "record blocks:\n\(text)")
            for line in lines { #expect(DisplayWidth.of(line) <= 100, "too wide: \(line)") }
            for body in interpreter.session.dataset.bodies where body.kind != .association {
                #expect(lines.contains { $0.contains(body.name) && $0.contains(body.kana) && $0.contains(body.romaji) },
                        "\(body.name) broken at 100 (\(language))")
            }
        }
    }

    @Test("measures at 60 columns in Japanese: a measure's title wraps five characters a line at least, not one or two")
    func measureTitlesAt60() throws {
        let interpreter = try makeInterpreter()
        interpreter.session.language = .japanese
        let table = try #require(try interpreter.run("measures").tables.first)
        let text = TableRenderer(language: .japanese, width: 60).render(table)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(!text.contains("-[ "), "record blocks:\n\(text)")
        for line in lines { #expect(DisplayWidth.of(line) <= 60, "too wide: \(line)") }
        // The title column starts after the id column (14) and its two spaces.
        let start = lines[0].firstIndex(of: "事").map { DisplayWidth.of(String(lines[0][..<$0])) }
        #expect(start == 16)
        let title = try #require(lines.first { $0.hasPrefix("seminar ") })
        #expect(title.contains("市町村ＤＸ"), "\(title)")
        // At 40 columns even that does not fit: one record a block, each title on its own lines.
        let narrow = TableRenderer(language: .japanese, width: 40).render(table)
        #expect(narrow.contains("-[ 1件目 ]-"))
        #expect(narrow.split(separator: "\n").contains { $0.hasPrefix("事業：") && $0.hasSuffix("市町村ＤＸ推進トップセミナー事") })
    }
}
