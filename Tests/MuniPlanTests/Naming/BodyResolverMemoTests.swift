import TestSupport
import Testing
@testable import MuniPlan

/// The resolver builds its indexes on first use and remembers each spelling it resolved:
/// a script naming the same bodies again gets the same answers, and errors stay errors.
@Suite("BodyResolver memo and lazy indexes")
struct BodyResolverMemoTests {
    @Test("a spelling resolved once resolves the same way again, in every copy of the resolver")
    func sameAgain() throws {
        let resolver = try bundledResolver()
        let copy = resolver
        for text in ["hinoemata", "ヒノエマタ", "073644", "檜枝岐", "kōriyama"] {
            let first = try resolver.body(text)
            #expect(try resolver.body(text) == first)
            #expect(try copy.body(text) == first)
        }
    }

    @Test("an unknown name or a wrong check digit is refused every time, with its suggestions")
    func errorsStay() throws {
        let resolver = try bundledResolver()
        for _ in 0..<2 {
            #expect(throws: ResolveError.wrongCheckDigit("073645", expected: "073644")) { try resolver.body("073645") }
            do {
                _ = try resolver.body("hinoemta")
                Issue.record("hinoemta resolved")
            } catch {
                guard case let .unknownBody(text, suggestions) = error else { Issue.record("\(error)"); continue }
                #expect(text == "hinoemta")
                #expect(suggestions.map(\.code).first == "073644")
            }
        }
    }

    @Test("past the memo's limit of spellings, names still resolve")
    func pastTheLimit() throws {
        let resolver = try bundledResolver()
        // hinoemata with one of five separators in each of its eight gaps: distinct spellings.
        let letters = Array("hinoemata"), separators = ["", "-", " ", "'", "."]
        for n in 0...BodyIndexStore.memoLimit {
            var text = "", rest = n
            for (i, letter) in letters.enumerated() {
                if i > 0 { text += separators[rest % 5]; rest /= 5 }
                text.append(letter)
            }
            #expect(try resolver.body(text).code == "073644", "'\(text)'")
        }
        #expect(try resolver.body("tadami").code == "073679")
    }
}
