import Testing
@testable import MuniPlan

/// The loaders trim every field; the fast path for fields with nothing to trim must agree
/// with trimming Character by Character.
@Suite("Trimming data fields")
struct TrimmingTests {
    static let fields = [
        "", " ", "福島市", " 福島市", "福島市 ", "\u{3000}檜枝岐村\u{3000}", "fukushima", "\tx\t", "x\r\n", "07201",
        "いわき市", "ガ", "カ\u{3099}", "x \u{301}", " \u{301}x", "a\u{2028}", "\u{A0}b", "テスト\u{200B}", "2017-03-08", "1,941,832",
        "𠮷", "x𠮷", "𠮷 ", " 𠮷", "\u{1F600}", "é", "\u{3000}", "a\u{3000}",
    ]

    /// Trimming as it was written first: Characters from each end.
    static func reference(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    @Test(arguments: fields)
    func agreesWithTrimmingByCharacters(field: String) {
        #expect(field.trimmingWhitespace() == Self.reference(field))
    }

    @Test func whitespaceAtEitherEndGoes() {
        #expect(" 福島市\u{3000}".trimmingWhitespace() == "福島市")
    }
}
