import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Help's two-column lines start their second column at one display column, whatever the
/// first holds (ひのえまた is ten columns wide, five characters).
@Suite struct HelpColumnsTests {
    @Test("help selectors and help numbers: the second column aligned by display width in both languages",
          arguments: ["selectors", "numbers", "input", "output"])
    func aligned(topic: String) throws {
        for language in Language.allCases {
            let text = try HelpText.render(topic, in: language)
            let lines = text.split(separator: "\n").map(String.init)
            // Each block (a run of two-column lines) starts its text at one display column.
            var block: [Int] = []
            for line in lines + [""] {
                guard let split = HelpColumns.split(line) else {
                    #expect(Set(block).count <= 1, "\(topic) \(language): second columns at \(block)\n\(text)")
                    block = []
                    continue
                }
                let prefix = String(line.prefix(split.offset))
                block.append(DisplayWidth.of(prefix))
            }
        }
    }

    @Test("help selectors: the ASCII lines keep their column, the kana line is padded to it")
    func selectors() throws {
        let english = try HelpText.render("selectors", in: .english).split(separator: "\n").map(String.init)
        #expect(english.contains("  ひのえまた, ヒノエマタ  kana (hiragana, katakana, half-width)"))
        #expect(english.contains("  all                     every body"))
        let japanese = try HelpText.render("selectors", in: .japanese).split(separator: "\n").map(String.init)
        #expect(japanese.contains("  檜枝岐村, 檜枝岐        市・町・村を付けた・付けない名称"))
    }

    @Test("a block of ASCII lines is left as written")
    func asciiUnchanged() {
        let text = "Options:\n  --fy FY    the year\n  --x        more\nprose  with two spaces"
        #expect(HelpColumns.align(text) == text)
    }
}
