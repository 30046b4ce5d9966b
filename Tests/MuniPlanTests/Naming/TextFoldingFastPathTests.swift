import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The folds skip Foundation where it would change nothing (names and readings as the data
/// and staff write them, ASCII romaji): the keys must stay exactly Foundation's.
@Suite("Text folding without Foundation where it changes nothing")
struct TextFoldingFastPathTests {
    /// The folds as they were, through Foundation for every input.
    static func foundationKana(_ s: String) -> String {
        TextFolding.hiragana(nfkc: s.precomposedStringWithCompatibilityMapping)
    }

    static func foundationLetters(_ s: String) -> String {
        let plain = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(plain.unicodeScalars.filter { $0.value >= 97 && $0.value <= 122 }))
    }

    static func foundationIsRomaji(_ s: String) -> Bool {
        let plain = s.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return !plain.isEmpty && plain.unicodeScalars.allSatisfy {
            ($0.value >= 65 && $0.value <= 90) || ($0.value >= 97 && $0.value <= 122) || "-' _.".unicodeScalars.contains($0)
        } && plain.unicodeScalars.contains { ($0.value | 0x20) >= 97 && ($0.value | 0x20) <= 122 }
    }

    /// Input where NFKC or case folding does change something, or nearly does.
    static let tricky = [
        "", " ", "　ひのえまた　", "ヒノエマタ", "ﾋﾉｴﾏﾀ", "ｶﾞｯｺｳ", "か\u{3099}", "ハ\u{309A}", "゛", "゜", "ゟ", "ヿ", "ゝゞヽヾ",
        "・", "ー", "々", "〆", "㍻", "①", "\u{FA10}", "\u{2F00}", "檜枝岐", "ｈｉｎｏｅｍａｔａ", "０７３６４４", "Ａ",
        "ﬁ", "e\u{301}", "é", "Kōriyama", "KOORIYAMA", "hinoemata-mura", "O'Hare", "a.b_c", "\u{212A}", "ß", "İ", "ǅ",
        "\u{7F}", "\t", "ヷヸヹヺ", "ゔ", "ヴ", "ヵヶ", "𠮷野家",
    ]

    @Test("kana keys, romaji letters and the romaji test agree with Foundation on both data sets and tricky input")
    func agreeWithFoundation() throws {
        let japan = try DataLoader.load(directory: bundledDataDirectory.appendingPathComponent("japan").path)
        var inputs = Self.tricky
        for body in try bundledDataset().bodies + japan.bodies {
            inputs += [body.name, body.kana, body.romaji, body.code, body.shortName ?? ""]
        }
        for district in japan.districts + (try bundledDataset().districts) { inputs += [district.name, district.romaji, district.bureau] }
        for text in inputs {
            #expect(TextFolding.kana(text) == Self.foundationKana(text), "kana of '\(text)'")
            #expect(TextFolding.romajiLetters(text) == Self.foundationLetters(text), "letters of '\(text)'")
            #expect(TextFolding.isRomaji(text) == Self.foundationIsRomaji(text), "isRomaji of '\(text)'")
        }
    }

    @Test("only text NFKC leaves alone skips it", arguments: ["ひのえまた", "檜枝岐村", "hinoemata 1", "ヒノエマタ・ムラ"])
    func asIs(text: String) {
        #expect(TextFolding.isNormalizedAsIs(text))
        #expect(text.precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test("text NFKC changes goes through Foundation", arguments: ["ﾋﾉｴﾏﾀ", "か\u{3099}", "ゟ", "Ａ", "①", "\u{FA10}", "é"])
    func notAsIs(text: String) {
        #expect(!TextFolding.isNormalizedAsIs(text))
    }

    /// Full-width ASCII among text NFKC keeps is folded without Foundation, and must be NFKC
    /// exactly; anything else beside it goes to Foundation.
    @Test("full-width ASCII folds as NFKC does", arguments: [
        "市町村ＤＸ推進トップセミナー事業", "ａｄｖｉｓｏｒ", "ＡＤＶＩＳＯＲ　派遣", "Ａ", "！～", "ＤＸ-1",
        "ｶﾞ", "Ａ\u{301}", "①Ａ", "ＡＢ\u{3099}", "\u{FF5F}", "\u{FF00}",
    ])
    func fullWidthASCII(text: String) {
        #expect(TextFolding.nfkc(text).unicodeScalars.elementsEqual(text.precomposedStringWithCompatibilityMapping.unicodeScalars))
    }

    @Test func fullWidthASCIIBesideOtherCompatibilityFormsIsLeftToFoundation() {
        #expect(TextFolding.widthFoldedASCII("ＤＸ推進") == "DX推進")
        #expect(TextFolding.widthFoldedASCII("ｶﾞＡ") == nil)
        #expect(TextFolding.widthFoldedASCII("Ａ\u{301}") == nil)
    }
}
