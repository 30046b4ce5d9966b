import TestSupport
import Testing
@testable import MuniPlanShell

/// How a line splits into commands and words: quotes, escapes, comments, `;`, errors.
@Suite struct LexerTests {
    @Test("words split on spaces, tabs and the full-width space")
    func splitting() throws {
        #expect(try words("assign  advisor\t檜枝岐村\u{3000}只見町") == ["assign", "advisor", "檜枝岐村", "只見町"])
        #expect(try Lexer.segments("   ").isEmpty)
        #expect(try Lexer.segments("").isEmpty)
    }

    @Test("word columns count characters, 1-based")
    func columns() throws {
        let segment = try #require(try Lexer.segments("show 檜枝岐村 'a b'").first)
        #expect(segment.words.map(\.column) == [1, 6, 11])
    }

    @Test("single quotes keep everything literally, backslashes included")
    func singleQuotes() throws {
        #expect(try words("show 'a b'") == ["show", "a b"])
        #expect(try words(#"x 'a\"b' 'c\d'"#) == ["x", #"a\"b"#, #"c\d"#])
        #expect(try words("x '#not a comment' ';'") == ["x", "#not a comment", ";"])
        #expect(try words("x ''") == ["x", ""])
    }

    @Test("double quotes: \\\" \\\\ are escapes, other backslashes stay")
    func doubleQuotes() throws {
        #expect(try words(#"x "say \"hi\"""#) == ["x", #"say "hi""#])
        #expect(try words(#"x "a\\b""#) == ["x", #"a\b"#])
        #expect(try words(#"x "a\nb""#) == ["x", #"a\nb"#])
        #expect(try words(#"x "it's""#) == ["x", "it's"])
    }

    @Test("quoted parts join the word around them")
    func adjacentQuotes() throws {
        #expect(try words(#"x ab'c d'"e f"g"#) == ["x", "abc de fg"])
    }

    @Test("a quoted word is marked quoted, so \"all\" is a name, not the selector")
    func quotedFlag() throws {
        let segment = try #require(try Lexer.segments(#"bodies all "all" a'b'"#).first)
        #expect(segment.words.map(\.quoted) == [false, false, true, true])
    }

    @Test("backslash escapes outside quotes")
    func backslashEscapes() throws {
        #expect(try words(#"x a\ b"#) == ["x", "a b"])
        #expect(try words(##"x a\;b \#c \'d"##) == ["x", "a;b", "#c", "'d"])
        #expect(try words(#"x a\\b"#) == ["x", #"a\b"#])
        #expect(try words(#"x a\tb"#) == ["x", "atb"])  // POSIX: the next character, literally
    }

    @Test("# starts a comment only at the start of a word")
    func comments() throws {
        #expect(try words("bodies # the rest is ignored 'even unclosed") == ["bodies"])
        #expect(try Lexer.segments("# only a comment").isEmpty)
        #expect(try words("x a#b") == ["x", "a#b"])
        #expect(try words("x \"#b\"") == ["x", "#b"])
        #expect(try Lexer.segments("bodies; kpi # districts; items").count == 2)
    }

    @Test("; separates commands; empty ones are dropped")
    func semicolons() throws {
        let segments = try Lexer.segments("format csv; bodies ;;kpi")
        #expect(segments.map { $0.words.map(\.text) } == [["format", "csv"], ["bodies"], ["kpi"]])
        #expect(segments.first?.column == 1)
        #expect(try words("x 'a;b' \"c;d\"") == ["x", "a;b", "c;d"])
    }

    @Test("a CR at the end of the line is dropped")
    func carriageReturn() throws {
        #expect(try words("bodies kind:village\r") == ["bodies", "kind:village"])
    }

    @Test("an unclosed quote is an error at the quote's column", arguments: [
        ("show 'abc", 6), ("show \"abc", 6), ("x ok 'fine' \"not", 13), ("x \"a\\\"", 3),
    ])
    func unclosedQuote(line: String, column: Int) {
        #expect(throws: Lexer.Failure(column: column, problem: .unclosedQuote)) { try Lexer.segments(line) }
    }

    @Test("a backslash at the very end is an error at its column")
    func backslashAtEnd() {
        #expect(throws: Lexer.Failure(column: 8, problem: .backslashAtEnd)) { try Lexer.segments("bodies \\") }
    }

    @Test("the interpreter reports syntax errors with the column")
    func syntaxErrorInInterpreter() throws {
        let interpreter = try makeInterpreter()
        let message = interpreter.failure("show 'hinoemata")
        #expect(message == "syntax error at column 6: unclosed quote")
    }

    static let trickyWords = [
        "a b", "it's", #"say "hi""#, "a;b", "#hash", "mid#hash", "檜枝岐村", "ひのえ また", "back\\slash",
        "trailing\\", "", "tab\there", "'", "\"", "''", "全角\u{3000}空白", "$HOME", "--force", "a'b\"c;d#e\\f",
    ]

    @Test("Lexer.quote lexes back to the same word", arguments: trickyWords)
    func quoteRoundTrip(word: String) throws {
        let segments = try Lexer.segments("x " + Lexer.quote(word))
        #expect(segments.count == 1)
        #expect(segments.first?.words.map(\.text) == ["x", word])
    }

    @Test("plain words are left unquoted")
    func quoteLeavesPlainWords() {
        #expect(Lexer.quote("hinoemata") == "hinoemata")
        #expect(Lexer.quote("檜枝岐村") == "檜枝岐村")
        #expect(Lexer.quote("district:会津") == "district:会津")
        // Neighbours of the characters quoted, by their bytes: 、 (U+3001) and — (U+2014).
        #expect(Lexer.quote("いわき市、会津") == "いわき市、会津")
        #expect(Lexer.quote("a—b") == "a—b")
    }

    @Test("line ends beyond ASCII are quoted", arguments: ["a\u{2028}b", "a\u{2029}b", "a\u{85}b", "a\u{0B}b", "a\r\nb"])
    func quoteQuotesUnicodeLineEnds(word: String) throws {
        #expect(Lexer.quote(word) == "'" + word + "'")
        #expect(try Lexer.segments("x " + Lexer.quote(word)).first?.words.map(\.text) == ["x", word])
    }

    @Test("a quote mark carrying a combining accent is another character, left as it is")
    func quoteJudgesByCharacters() {
        #expect(Lexer.quote("a'\u{301}b") == "a'\u{301}b")
    }
}
