/// The bare values of TOML 1.0 other than dates: `true`, `false`, integers (decimal with
/// an optional sign, `0x`, `0o`, `0b`; `_` only between digits; within 64 bits) and floats
/// (`1.5`, `1e3`, `-2.5E-3`, `inf`, `nan`). For `TOMLSyntax`.
enum TOMLNumber {
    static func isValue(_ token: [UInt8]) -> Bool {
        let text = String(decoding: token, as: UTF8.self)
        if text == "true" || text == "false" { return true }
        let unsigned = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        if unsigned == "inf" || unsigned == "nan" { return true }
        return isInteger(text) || isFloat(unsigned)
    }

    /// `1979-05-27`, `07:32:00`: a date or time (which muniplan refuses by name).
    static func looksLikeDate(_ token: [UInt8]) -> Bool {
        token.count >= 5 && token.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && token[4] == UInt8(ascii: "-")
    }

    private static func isInteger(_ text: String) -> Bool {
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
            let digits = text.dropFirst(2)
            guard grouped(digits, radix: radix) else { return false }
            return Int64(digits.filter { $0 != "_" }, radix: radix) != nil
        }
        let unsigned = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        guard decimalInteger(unsigned) else { return false }
        return Int64(text.filter { $0 != "_" && $0 != "+" }) != nil
    }

    /// `dec-int ( exp / frac [exp] )`: `0.5`, `1e3`, `6.626e-34`; sign already removed.
    private static func isFloat(_ text: Substring) -> Bool {
        let exponentAt = text.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = exponentAt.map { text[..<$0] } ?? text
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard decimalInteger(parts[0]) else { return false }
        if parts.count == 2, !grouped(parts[1], radix: 10) { return false }
        guard let exponentAt else { return parts.count == 2 }
        var exponent = text[text.index(after: exponentAt)...]
        if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
        return grouped(exponent, radix: 10)
    }

    /// An unsigned decimal integer without leading zeros: `0`, `19`, `1_000`.
    private static func decimalInteger(_ text: Substring) -> Bool {
        guard grouped(text, radix: 10) else { return false }
        return text == "0" || text.first != "0"
    }

    /// One or more digits of the radix, an `_` only between two digits.
    private static func grouped(_ text: Substring, radix: Int) -> Bool {
        guard let first = text.first, let last = text.last, first != "_", last != "_" else { return false }
        var previousUnderscore = false
        for c in text {
            if c == "_" {
                if previousUnderscore { return false }
                previousUnderscore = true
                continue
            }
            guard c.isASCII, c.hexDigitValue.map({ $0 < radix }) == true else { return false }
            previousUnderscore = false
        }
        return true
    }
}
