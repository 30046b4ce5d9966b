import TestSupport
import Testing
@testable import MuniPlan

/// Codes and their check digits, read byte by byte, and the code order every table uses.
@Suite struct BodyCodeOrderTests {
    @Test("check digits of real codes; anything but six ASCII digits with the right last one is refused")
    func checkDigits() {
        #expect(BodyCode.withCheckDigit("07201") == "072010")   // 福島市
        #expect(BodyCode.withCheckDigit("07364") == "073644")   // 檜枝岐村
        #expect(BodyCode.withCheckDigit("01100") == "011002")   // 札幌市
        #expect(BodyCode.isValid("072010") && BodyCode.isValid("073644"))
        for bad in ["073645", "07364", "0736440", "０７２０１０", "07201０", "0720１0", "07a010", "", "07201.", "٠٧٢٠١٠"] {
            #expect(!BodyCode.isValid(bad), "\(bad)")
        }
        #expect(BodyCode.checkDigit(of: "０７２０１") == nil)
        #expect(BodyCode.checkDigit(of: "0720") == nil)
    }

    @Test("bodies in any order come out in code order, codes before ids, whatever the input order")
    func codeOrder() {
        let codes = ["07201", "07364", "01100", "47382", "13101", "07202"]
        var bodies = codes.map { makeBody($0, "b\($0)", kana: "かな", romaji: "kana", kind: .city, district: "d") }
        bodies.append(Body(code: "assoc-b", name: "組合B", kana: "くみあい", romaji: "kumiai", kind: .association,
                           district: nil, population: 0, latitude: nil, longitude: nil, groups: []))
        bodies.append(Body(code: "assoc-a", name: "組合A", kana: "くみあい", romaji: "kumiai", kind: .association,
                           district: nil, population: 0, latitude: nil, longitude: nil, groups: []))
        let expected = ["011002", "072010", "072028", "073644", "131016", "473821", "assoc-a", "assoc-b"]
        #expect(BodyCode.withCheckDigit("07202") == "072028" && BodyCode.withCheckDigit("13101") == "131016")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            #expect(makeDataset(bodies.shuffled(using: &generator)).bodies.map(\.code) == expected)
        }
    }
}
