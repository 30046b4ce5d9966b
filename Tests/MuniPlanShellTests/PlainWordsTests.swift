import Testing
@testable import MuniPlanShell

/// The byte-level reading of plain lines gives exactly what the full lexer gives, and
/// leaves every line it cannot be sure of to it.
@Suite struct PlainWordsTests {
    /// Lines a script has, and lines built to trip a reading by bytes.
    static let lines = [
        "assign ict-grant いわき市", "unassign ict-grant aizuwakamatsu", "expect count covered:ict-grant >= 0",
        "assign ict-grant 074233", "  assign   advisor  檜枝岐村 只見町  ", "", "   ", "kpi", "expect count district:会津 >= 2",
        "show ｈｉｎｏｅｍａｔａ", "assign advisor 檜枝岐村、只見町", "a \u{301}b", "a\u{301} b", "e\u{301}\u{301} x",
        "\u{600} x", "x \u{600}", "x \u{0915}\u{094D} y", "👍🏽 x", "x 👍🏽", "x \u{200D}y", "x\u{200D} y", "🇯🇵 🇯🇵",
        "한국 어", "x\u{3000}y", "x \u{3000} y", "x 、y", "\u{FEFF}kpi", "x\u{7}y z", "x\u{B} y", "x > k.txt",
        "assign advisor 'a b'", "x ; y", "x # c", "x\ty", "x\r", "x \\y", "x \"y\"", "\u{3099} x", "x \u{3099}",
    ]

    @Test("a plain line reads as the full lexer reads it", arguments: PlainWordsTests.lines)
    func sameAsLexer(line: String) throws {
        guard let plain = PlainWords.segments(line) else { return }
        #expect(plain == (try Lexer.lexed(line)), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("script lines take the byte path; quotes, ; # tabs, U+3000 and a mark beside a space do not")
    func whichLines() {
        for line in ["assign ict-grant いわき市", "expect count covered:ict-grant >= 0", "  a  b  ", "", "x 👍🏽", "한국 어"] {
            #expect(PlainWords.segments(line) != nil, "\(line)")
        }
        for line in ["x 'y'", "x ; y", "x # c", "x\ty", "x\r", "x\u{3000}y", "a \u{301}b", "\u{600} x", "x \u{3099}", "x \u{200D}y"] {
            #expect(PlainWords.segments(line) == nil, "\(line)")
        }
    }

    @Test("columns count Characters after Japanese words and combining marks")
    func columns() throws {
        let segment = try #require(PlainWords.segments("show 檜枝岐村 e\u{301}x 只見町 z")?.first)
        #expect(segment.words.map(\.column) == [1, 6, 11, 14, 18])
        #expect(segment.words.map(\.column) == (try Lexer.lexed("show 檜枝岐村 e\u{301}x 只見町 z")).first?.words.map(\.column))
    }
}
