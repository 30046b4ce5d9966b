import Testing
@testable import MuniPlan

/// How a catalogue template is filled: what every sentence shown goes through.
@Suite("Catalogue templates: placeholders filled")
struct CatalogueTemplateTests {
    let values = ["measure": "advisor", "names": "檜枝岐村 只見町", "count": "2"]

    func fill(_ template: String) -> String { CatalogueTemplate.fill(template) { values[$0] } }

    @Test func placeholdersAmongJapaneseText() {
        #expect(fill("{measure}：+{count}（{names}）") == "advisor：+2（檜枝岐村 只見町）")
        #expect(fill("{names}") == "檜枝岐村 只見町")
    }

    @Test func doubledBracesAreLiteral() {
        #expect(fill("{{measure}} is {measure}") == "{measure} is advisor")
        #expect(fill("a }} b") == "a } b")
    }

    @Test func aMissingArgumentStaysVisible() {
        #expect(fill("for {year}: {count}") == "for {year}: 2")
    }

    @Test func aBraceWithoutItsCloseIsText() {
        #expect(fill("50% {or more") == "50% {or more")
        #expect(fill("end }") == "end }")
        #expect(fill("") == "")
    }
}
