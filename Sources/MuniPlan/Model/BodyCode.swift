/// The 全国地方公共団体コード: five digits and a check digit.
public enum BodyCode {
    /// The check digit of a 5-digit code: s = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5,
    /// check = (11 − s mod 11) mod 10.
    /// Read byte by byte: only ASCII digits count (a full-width or other Unicode digit is not one).
    public static func checkDigit(of fiveDigits: String) -> Int? {
        let utf8 = fiveDigits.utf8
        return utf8.withContiguousStorageIfAvailable { checkDigit($0) } ?? checkDigit(Array(utf8))
    }

    private static func checkDigit(_ bytes: some Collection<UInt8>) -> Int? {
        guard bytes.count == 5 else { return nil }
        var s = 0, weight = 6
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            s += Int(byte - 48) * weight
            weight -= 1
        }
        return (11 - s % 11) % 10
    }

    /// True when `code` is six ASCII digits whose last is the check digit of the first five.
    public static func isValid(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard bytes.count == 6, let last = bytes.last, last >= 48, last <= 57 else { return false }
        return checkDigit(bytes.prefix(5)) == Int(last - 48)
    }

    /// The full 6-digit form of a 5-digit code.
    public static func withCheckDigit(_ fiveDigits: String) -> String? {
        checkDigit(of: fiveDigits).map { fiveDigits + String($0) }
    }
}
