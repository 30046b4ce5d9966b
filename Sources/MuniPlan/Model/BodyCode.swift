/// The 全国地方公共団体コード: five digits and a check digit.
public enum BodyCode {
    /// The check digit of a 5-digit code: s = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5,
    /// check = (11 − s mod 11) mod 10.
    public static func checkDigit(of fiveDigits: String) -> Int? {
        let digits = fiveDigits.compactMap(\.wholeNumberValue)
        guard digits.count == 5, fiveDigits.utf8.count == 5 else { return nil }
        let s = zip(digits, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - s % 11) % 10
    }

    /// True when `code` is six ASCII digits whose last is the check digit of the first five.
    public static func isValid(_ code: String) -> Bool {
        guard code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        return checkDigit(of: String(code.prefix(5))) == code.last?.wholeNumberValue
    }

    /// The full 6-digit form of a 5-digit code.
    public static func withCheckDigit(_ fiveDigits: String) -> String? {
        checkDigit(of: fiveDigits).map { fiveDigits + String($0) }
    }
}
