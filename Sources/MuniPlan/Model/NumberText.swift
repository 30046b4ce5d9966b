/// How a number reads in messages and in saved scenarios: whole numbers without decimals
/// (19, not 19.0), others in Swift's shortest form that reads back as the same Double.
public enum NumberText {
    public static func shortest(_ value: Double) -> String {
        isWhole(value) ? String(Int64(value)) : "\(value)"
    }

    /// A whole number small enough to print exactly as an integer.
    public static func isWhole(_ value: Double) -> Bool {
        value.isFinite && value == value.rounded() && abs(value) < 1e15
    }
}
