import Testing
@testable import MuniPlan

/// Sentences from the compiled catalogue: arguments by position into each language's
/// pieces, whatever order a language puts its placeholders in.
@Suite("Messages: compiled pieces, positional arguments")
struct MessageTests {
    @Test func argumentsFillTheirPlaceholdersInEitherLanguage() {
        let message = Message.Edit.changeSummary(measure: "advisor", year: FiscalYear(2022), parts: "+1 檜枝岐村", total: 3)
        #expect(message.text(in: .english) == "advisor FY2022 (R4): +1 檜枝岐村; 3 covered")
        #expect(message.text(in: .japanese) == "advisor 令和4年度：+1 檜枝岐村；3団体実施")
    }

    @Test func englishPicksThePluralByCountAndJapaneseHasOneForm() {
        func undone(_ count: Int) -> Message {
            Message.Whatif.undoneChangeBodies(count: count, change: "assign advisor tadami", delta: "−\(count)", remaining: 0)
        }
        #expect(undone(1).text(in: .english) == "undone: assign advisor tadami (−1 body; 0 more to undo)")
        #expect(undone(2).text(in: .english) == "undone: assign advisor tadami (−2 bodies; 0 more to undo)")
        #expect(undone(2).text(in: .japanese) == "元に戻しました：assign advisor tadami（−2団体、あと0回戻せます）")
    }

    @Test func aMessageInsideAnotherIsInTheSameLanguage() {
        let message = Message.Edit.changeSummary(measure: "advisor", year: Message.Edit.noChange, parts: "", total: 0)
        #expect(message.text(in: .japanese).hasPrefix("advisor \(Message.Edit.noChange.text(in: .japanese))："))
        #expect(message.text(in: .english).hasPrefix("advisor \(Message.Edit.noChange.text(in: .english)): "))
    }

    @Test func aBareKeyShowsItsTextWithPlaceholdersAndAnUnknownOneItsKey() {
        #expect(Message(key: "whatif.redone-change").text(in: .english) == "redone: {change}")
        #expect(Message(key: "whatif.redone-change").text(in: .japanese) == "やり直しました：{change}")
        #expect(Message(key: "no.such-entry").text(in: .japanese) == "no.such-entry")
    }
}
