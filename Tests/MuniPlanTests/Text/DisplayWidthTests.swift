import Testing
@testable import MuniPlan

/// Terminal columns of text: full-width characters take two.
@Suite struct DisplayWidthTests {
    @Test("widths of Japanese and ASCII text", arguments: [
        ("abc", 3), ("檜枝岐村", 8), ("ｶﾀｶﾅ", 4), ("カタカナ", 8), ("ひのえまた", 10), ("", 0),
        ("e\u{301}", 1), ("が", 2), ("か\u{3099}", 2), ("１２３", 6), ("123", 3), ("\u{3000}", 2),
        ("会津 aizu", 9), ("—", 1), ("─", 1), ("⚠", 1), ("👍", 2), ("zero\u{200B}width", 9),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("a combining mark adds nothing")
    func combiningMark() {
        #expect(DisplayWidth.of("cafe\u{301}") == DisplayWidth.of("cafe"))
        #expect(DisplayWidth.of("\u{301}") == 0)
    }

    @Test("ANSI colour escapes take no columns")
    func ansi() {
        #expect(DisplayWidth.of("\u{1B}[1m檜枝岐村\u{1B}[0m") == 8)
        #expect(DisplayWidth.of("\u{1B}[2;31mab\u{1B}[0m") == 2)
    }

    @Test("padding by display width, left and right")
    func padding() {
        #expect(DisplayWidth.pad("村", to: 4) == "村  ")
        #expect(DisplayWidth.pad("村", to: 4, right: true) == "  村")
        #expect(DisplayWidth.pad("檜枝岐村", to: 4) == "檜枝岐村")
    }
}
