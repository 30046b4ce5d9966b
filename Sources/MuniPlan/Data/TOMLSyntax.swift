/// A strict check of TOML 1.0 syntax, run before TOMLKit sees a text.
///
/// TOMLKit 0.6.0 wraps toml++ 3.4, whose parser asserts on some malformed input (`[{`,
/// `[[,item]]`, `items = [}"a"]`) and so aborts the whole process; in a release build,
/// where its assertions become assumptions, the same input is undefined behaviour. Only
/// text this check accepts reaches it. The check follows the TOML 1.0 grammar line by line
/// — blank and comment lines, table headers `[a.b]` and `[[a]]` with bare or quoted keys,
/// `key = value` — and every value: strings of the four kinds with their escapes, integers,
/// floats, booleans, arrays and inline tables, nested at most 32 deep. Dates and times are
/// refused: no muniplan file takes one. What it leaves to the library is the meaning of
/// valid text (a key defined twice, a table redefined), which toml++ reports as errors. The
/// first problem is reported on its line, naming at most one character.
struct TOMLSyntax {
    struct Failure: Error { let line: Int, message: Message }

    private typealias M = Message.Toml
    static let maxDepth = 32
    private let b: [UInt8]
    private var i = 0
    private var line = 1
    private var depth = 0

    private init(_ bytes: [UInt8]) { b = bytes }

    /// Throws the first syntax problem as `file:line: TOML syntax: …`.
    static func check(_ text: String, file: String) throws(DataError) {
        var scanner = TOMLSyntax(Array(text.utf8))
        do throws(Failure) { try scanner.document() } catch {
            throw DataError(file: file, line: error.line, Message.Data.tomlSyntax(detail: error.message))
        }
    }

    // MARK: lines

    private mutating func document() throws(Failure) {
        while i < b.count {
            skipSpaces()
            switch peek {
            case nil: return
            case UInt8(ascii: "#"), 0x0A, 0x0D: break
            case UInt8(ascii: "["): try header()
            default: try keyValue()
            }
            skipSpaces()
            if peek == UInt8(ascii: "#") { try comment() }
            try endOfLine()
        }
    }

    private mutating func endOfLine() throws(Failure) {
        switch peek {
        case nil: return
        case 0x0A: i += 1
        case 0x0D where at(1) == 0x0A: i += 2
        default: throw fail(M.expectedEndOfLine(found: found))
        }
        line += 1
    }

    private mutating func comment() throws(Failure) {
        i += 1
        while let c = peek, c != 0x0A, !(c == 0x0D && at(1) == 0x0A) {
            guard !TOMLCharacter.isControl(c) else { throw fail(M.controlInComment) }
            i += 1
        }
    }

    /// `[key]` or `[[key]]`; the brackets of `[[` and `]]` are adjacent.
    private mutating func header() throws(Failure) {
        i += 1
        let array = peek == UInt8(ascii: "[")
        if array { i += 1 }
        skipSpaces()
        try key()
        skipSpaces()
        let close = array ? "]]" : "]"
        guard peek == UInt8(ascii: "]"), !array || at(1) == UInt8(ascii: "]") else {
            throw fail(M.headerEnd(close: close, found: found))
        }
        i += array ? 2 : 1
    }

    private mutating func keyValue() throws(Failure) {
        try key()
        skipSpaces()
        guard peek == UInt8(ascii: "=") else { throw fail(M.expectedEquals(found: found)) }
        i += 1
        skipSpaces()
        try value()
    }

    /// A simple key or dotted keys: `a`, `"a b"`, `'a'`, `a . "b".c`.
    private mutating func key() throws(Failure) {
        try simpleKey()
        while true {
            let mark = i
            skipSpaces()
            guard peek == UInt8(ascii: ".") else { i = mark; return }
            i += 1
            skipSpaces()
            try simpleKey()
        }
    }

    private mutating func simpleKey() throws(Failure) {
        switch peek {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard at(1) != peek || at(2) != peek else { throw fail(M.multiLineKey) }
            if peek == UInt8(ascii: "\"") { try basicString() } else { try literalString() }
        case let c? where TOMLCharacter.isBareKey(c):
            while let c = peek, TOMLCharacter.isBareKey(c) { i += 1 }
        default:
            throw fail(M.expectedKey(found: found))
        }
    }

    // MARK: values

    private mutating func value() throws(Failure) {
        switch peek {
        case UInt8(ascii: "\""):
            if at(1) == UInt8(ascii: "\""), at(2) == UInt8(ascii: "\"") { try multiLineString(quote: UInt8(ascii: "\"")) } else { try basicString() }
        case UInt8(ascii: "'"):
            if at(1) == UInt8(ascii: "'"), at(2) == UInt8(ascii: "'") { try multiLineString(quote: UInt8(ascii: "'")) } else { try literalString() }
        case UInt8(ascii: "["): try nested { (s: inout TOMLSyntax) throws(Failure) in try s.array() }
        case UInt8(ascii: "{"): try nested { (s: inout TOMLSyntax) throws(Failure) in try s.inlineTable() }
        default: try bareValue()
        }
    }

    private mutating func nested(_ body: (inout TOMLSyntax) throws(Failure) -> Void) throws(Failure) {
        depth += 1
        guard depth <= Self.maxDepth else { throw fail(M.nestedTooDeep(depth: Self.maxDepth)) }
        try body(&self)
        depth -= 1
    }

    /// `[ v, v, ]` over any number of lines, with comments; a trailing comma is allowed.
    private mutating func array() throws(Failure) {
        i += 1
        while true {
            try skipSpacesCommentsAndLines()
            if peek == UInt8(ascii: "]") { i += 1; return }
            try value()
            try skipSpacesCommentsAndLines()
            switch peek {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return
            default: throw fail(M.expectedArraySeparator(found: found))
            }
        }
    }

    /// `{ k = v, k = v }`: no trailing comma, no line break between its keys.
    private mutating func inlineTable() throws(Failure) {
        i += 1
        skipSpaces()
        if peek == UInt8(ascii: "}") { i += 1; return }
        while true {
            try keyValue()
            skipSpaces()
            switch peek {
            case UInt8(ascii: ","): i += 1; skipSpaces()
            case UInt8(ascii: "}"): i += 1; return
            default: throw fail(M.expectedTableSeparator(found: found))
            }
        }
    }

    private mutating func basicString() throws(Failure) {
        i += 1
        while true {
            guard let c = peek, c != 0x0A, c != 0x0D else { throw fail(M.unclosedBasicString) }
            switch c {
            case UInt8(ascii: "\""): i += 1; return
            case UInt8(ascii: "\\"): try escape()
            default:
                guard !TOMLCharacter.isControl(c) else { throw fail(M.controlInBasicString) }
                i += 1
            }
        }
    }

    private mutating func literalString() throws(Failure) {
        i += 1
        while true {
            guard let c = peek, c != 0x0A, c != 0x0D else { throw fail(M.unclosedLiteralString) }
            if c == UInt8(ascii: "'") { i += 1; return }
            guard !TOMLCharacter.isControl(c) else { throw fail(M.controlInString) }
            i += 1
        }
    }

    /// `"""…"""` (escapes, `\` at a line's end) or `'''…'''`; up to two quotes may end the text.
    private mutating func multiLineString(quote: UInt8) throws(Failure) {
        let opened = line
        i += 3
        while true {
            guard let c = peek else { throw Failure(line: opened, message: M.unclosedMultiLineString) }
            switch c {
            case quote:
                var run = 0
                while peek == quote { run += 1; i += 1 }
                if run >= 3 {
                    guard run <= 5 else { throw fail(M.tooManyQuotes) }
                    return
                }
            case 0x0A: i += 1; line += 1
            case 0x0D:
                guard at(1) == 0x0A else { throw fail(M.loneCarriageReturn) }
                i += 2
                line += 1
            case UInt8(ascii: "\\") where quote == UInt8(ascii: "\""):
                if let next = at(1), next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D {
                    i += 1
                    skipSpaces()
                    guard peek == 0x0A || (peek == 0x0D && at(1) == 0x0A) else {
                        throw fail(M.strayBackslash)
                    }
                } else {
                    try escape()
                }
            default:
                guard !TOMLCharacter.isControl(c) else { throw fail(M.controlInString) }
                i += 1
            }
        }
    }

    private mutating func escape() throws(Failure) {
        i += 1
        guard let c = peek else { throw fail(M.unclosedString) }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
             UInt8(ascii: "r"), UInt8(ascii: "t"):
            i += 1
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = c == UInt8(ascii: "u") ? 4 : 8
            i += 1
            var scalar: UInt32 = 0
            for _ in 0..<count {
                guard let digit = peek.flatMap(TOMLCharacter.hexValue) else { throw fail(M.hexDigits(letter: String(Character(Unicode.Scalar(c))), count: count)) }
                scalar = scalar << 4 | digit
                i += 1
            }
            guard Unicode.Scalar(scalar) != nil else { throw fail(M.notUnicode) }
        default:
            throw fail(M.unknownEscape(escape: TOMLCharacter.isPrintable(c) ? String(Character(Unicode.Scalar(c))) : "?"))
        }
    }

    /// Booleans, numbers, inf and nan: the characters up to a space, `,`, `]`, `}`, `#` or the line's end.
    private mutating func bareValue() throws(Failure) {
        let start = i
        while let c = peek, !TOMLCharacter.endsBareValue(c) { i += 1 }
        let token = Array(b[start..<i])
        guard !token.isEmpty else { i = start; throw fail(M.expectedValue(found: found)) }
        if TOMLNumber.isValue(token) { return }
        i = start
        if token.contains(UInt8(ascii: ":")) || TOMLNumber.looksLikeDate(token) {
            throw fail(M.date)
        }
        throw fail(M.notAValue)
    }

    // MARK: characters

    private var peek: UInt8? { i < b.count ? b[i] : nil }

    private func at(_ offset: Int) -> UInt8? { i + offset < b.count ? b[i + offset] : nil }

    private mutating func skipSpaces() {
        while peek == 0x20 || peek == 0x09 { i += 1 }
    }

    private mutating func skipSpacesCommentsAndLines() throws(Failure) {
        while true {
            skipSpaces()
            switch peek {
            case UInt8(ascii: "#"): try comment()
            case 0x0A: i += 1; line += 1
            case 0x0D where at(1) == 0x0A: i += 2; line += 1
            default: return
            }
        }
    }

    private func fail(_ message: Message) -> Failure { Failure(line: line, message: message) }

    /// What is at the cursor, naming at most one character of the file.
    private var found: Message {
        guard let c = peek else { return M.foundEndOfFile }
        if c == 0x0D, at(1) != 0x0A { return M.foundCarriageReturn }
        if c == 0x0A || c == 0x0D { return M.foundEndOfLine }
        if TOMLCharacter.isPrintable(c) { return M.foundCharacter(character: String(Character(Unicode.Scalar(c)))) }
        return c >= 0x80 ? M.foundNonAscii : M.foundControl
    }
}
