import TestSupport
import Testing
@testable import MuniPlan

@Suite("Naming errors in Japanese")
struct ResolveJapaneseTests {
    @Test("an unknown body suggests the nearest in Japanese")
    func unknownBodySuggests() throws {
        let resolver = try bundledResolver()
        do throws(ResolveError) {
            _ = try resolver.body("hinoemta")
            Issue.record("hinoemta is a typo")
        } catch {
            #expect(error.message.text(in: .japanese) == "不明な団体「hinoemta」：「檜枝岐村 (hinoemata)」のことですか？")
        }
    }

    @Test("several suggestions are listed with 、 and または")
    func severalSuggestions() {
        let bodies = [makeBody("07201", "福島市", kana: "ふくしまし", romaji: "fukushima", kind: .city, district: "県北"),
                      makeBody("07202", "会津若松市", kana: "あいづわかまつし", romaji: "aizuwakamatsu", kind: .city, district: "県北"),
                      makeBody("07203", "郡山市", kana: "こおりやまし", romaji: "koriyama", kind: .city, district: "県北")]
        let error = ResolveError.unknownBody("x", suggestions: bodies)
        #expect(error.message.text(in: .japanese)
                == "不明な団体「x」：「福島市 (fukushima)」、「会津若松市 (aizuwakamatsu)」または「郡山市 (koriyama)」のことですか？")
        #expect(error.description == "unknown body 'x' — did you mean 福島市 (fukushima), 会津若松市 (aizuwakamatsu) or 郡山市 (koriyama)?")
    }

    @Test("an unknown district names what it is and what is known")
    func unknownDistrict() throws {
        let resolver = try bundledResolver()
        do throws(ResolveError) {
            _ = try resolver.selector("district:北会津")
            Issue.record("北会津 is no district")
        } catch {
            #expect(error.message.text(in: .japanese) == "不明な地域「北会津」（指定できるもの：県北、県中、県南、会津、南会津、相双、いわき）")
        }
    }

    @Test("a wrong check digit suggests the right code")
    func wrongCheckDigit() {
        #expect(ResolveError.wrongCheckDigit("073645", expected: "073644").message.text(in: .japanese)
                == "団体コード073645の検査数字が違います：「073644」のことですか？")
    }
}
