/// How numbers may be written in commands, one grammar for all of them:
///
///     [+|-] digits [. digits] [e [+|-] digits]
///
/// where the whole part may group its digits in threes with `,` or `_` (11,000, 100_000),
/// full-width characters typed through an IME count as their ASCII forms (１９, －３, １．５),
/// and − (U+2212) is a minus. `inf`, `nan`, hex and anything else are not numbers. Nothing
/// here traps: a value beyond the type is nil, and so is a result that is not finite.
enum NumberSpelling {
    /// A whole number: digits only, or a decimal/exponent form whose value is whole (1e3).
    static func whole(_ text: String) -> Int? {
        // Plain ASCII digits (`expect count … >= 0`) are what the grammar below makes of them.
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return Int(text) }
        guard let parts = split(text) else { return nil }
        if parts.fraction.isEmpty, parts.exponent == nil {
            // Exact for every Int: Int("99999999999999999999") is nil, not a trap.
            return Int(parts.sign + parts.whole)
        }
        guard let x = decimal(text) else { return nil }
        return Int(exactly: x)
    }

    /// A finite number; -0 reads as 0 (so that it saves and prints as 0).
    static func decimal(_ text: String) -> Double? {
        guard let parts = split(text) else { return nil }
        var plain = parts.sign + parts.whole
        if !parts.fraction.isEmpty { plain += "." + parts.fraction }
        if let exponent = parts.exponent { plain += "e" + exponent }
        guard let x = Double(plain), x.isFinite else { return nil }
        return x == 0 ? 0 : x
    }

    /// 0…2^64 − 1, digits only (a seed).
    static func unsigned(_ text: String) -> UInt64? {
        guard let parts = split(text), parts.sign != "-", parts.fraction.isEmpty, parts.exponent == nil else { return nil }
        return UInt64(parts.whole)
    }

    /// Whether the text starts like a number (a digit, a sign or a point, full-width too).
    static func looksNumeric(_ text: String) -> Bool {
        guard let first = fold(text).first else { return false }
        return isDigit(first) || first == "+" || first == "-" || first == "."
    }

    /// At most 24 characters of what was typed, for an error message.
    static func excerpt(_ text: String) -> String {
        text.count <= 24 ? text : String(text.prefix(24)) + "…"
    }

    private struct Parts {
        var sign = ""
        var whole = ""
        var fraction = ""
        var exponent: String?
    }

    /// The text folded to ASCII and checked against the grammar, in its parts (separators gone).
    private static func split(_ text: String) -> Parts? {
        var chars = Array(fold(text))[...]
        var parts = Parts()
        if let first = chars.first, first == "+" || first == "-" {
            parts.sign = first == "-" ? "-" : ""
            chars = chars.dropFirst()
        }
        let wholeEnd = chars.firstIndex { $0 == "." || $0 == "e" || $0 == "E" } ?? chars.endIndex
        guard let whole = grouped(chars[chars.startIndex..<wholeEnd]) else { return nil }
        parts.whole = whole
        chars = chars[wholeEnd...]
        if chars.first == "." {
            chars = chars.dropFirst()
            let end = chars.firstIndex { $0 == "e" || $0 == "E" } ?? chars.endIndex
            let fraction = chars[chars.startIndex..<end]
            guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
            parts.fraction = String(fraction)
            chars = chars[end...]
        }
        if let e = chars.first, e == "e" || e == "E" {
            chars = chars.dropFirst()
            var exponent = ""
            if let s = chars.first, s == "+" || s == "-" {
                exponent = s == "-" ? "-" : ""
                chars = chars.dropFirst()
            }
            // Four digits are plenty (1e308 is the largest Double); more is no number.
            guard (1...4).contains(chars.count), chars.allSatisfy(isDigit) else { return nil }
            parts.exponent = exponent + String(chars)
            chars = chars[chars.endIndex...]
        }
        return chars.isEmpty ? parts : nil
    }

    /// Digits, optionally grouped in threes by `,` or `_` (one kind per number); nil otherwise.
    private static func grouped(_ chars: ArraySlice<Character>) -> String? {
        guard let first = chars.first, isDigit(first) else { return nil }
        let separators = chars.filter { $0 == "," || $0 == "_" }
        guard let separator = separators.first else { return chars.allSatisfy(isDigit) ? String(chars) : nil }
        guard separators.allSatisfy({ $0 == separator }) else { return nil }
        let groups = chars.split(separator: separator, omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(isDigit) }) else { return nil }
        return String(groups.joined())
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private static func fold(_ text: String) -> String { FullWidth.ascii(text) }
}
