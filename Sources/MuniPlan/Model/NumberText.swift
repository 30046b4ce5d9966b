/// How a number reads in messages and in saved scenarios: whole numbers without decimals
/// (19, not 19.0), others in Swift's shortest form that reads back as the same Double.
public enum NumberText {
    public static func shortest(_ value: Double) -> String {
        // isWhole means below 10^15: the conversion is exact.
        isWhole(value) ? String(Int64(saturating: value)) : "\(value)"
    }

    /// A whole number small enough to print exactly as an integer.
    public static func isWhole(_ value: Double) -> Bool {
        value.isFinite && value == value.rounded() && abs(value) < 1e15
    }

    /// `1,000,000`: digits in groups of three.
    public static func grouped(_ n: Int) -> String { Table.Cell.integer(n).display }

    /// A range's end as people read it: `1,000,000`, `0.5`, `1e15`, `-1e15`.
    public static func bound(_ value: Double) -> String {
        if abs(value) == NumberLimits.amount { return value < 0 ? "-1e15" : "1e15" }
        return isWhole(value) ? grouped(Int(saturating: value)) : "\(value)"
    }
}
