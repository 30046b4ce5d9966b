import TestSupport
import Testing
@testable import MuniPlan

@Suite("Naming errors in Japanese")
struct ResolveJapaneseTests {
    /// What resolving `term` against the bundled data says in Japanese; nil when it resolves.
    func japaneseError(_ term: String, _ resolve: (BodyResolver, String) throws(ResolveError) -> Void) throws -> String? {
        let resolver = try bundledResolver()
        do throws(ResolveError) { try resolve(resolver, term) } catch { return error.message.text(in: .japanese) }
        return nil
    }

    @Test("an unknown body suggests the nearest in Japanese")
    func unknownBodySuggests() throws {
        #expect(try japaneseError("hinoemta") { r, t throws(ResolveError) in _ = try r.body(t) }
                == "不明な団体「hinoemta」：「檜枝岐村 (hinoemata)」のことですか？")
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
        #expect(try japaneseError("district:北会津") { r, t throws(ResolveError) in _ = try r.selector(t) }
                == "不明な地域「北会津」（指定できるもの：県北、県中、県南、会津、南会津、相双、いわき）")
    }

    @Test("a wrong check digit suggests the right code")
    func wrongCheckDigit() {
        #expect(ResolveError.wrongCheckDigit("073645", expected: "073644").message.text(in: .japanese)
                == "団体コード073645の検査数字が違います：「073644」のことですか？")
    }
}
