/// The ranges numbers may take, in data files and in commands alike (docs/numbers.md).
///
/// They are what makes the engines' arithmetic safe by construction: amounts stay where
/// whole numbers are exact in a Double and print without an exponent; a count of bodies
/// times the districts, or a population summed over every body a machine can hold, stays
/// far below `Int.max`. Values outside are refused where they enter (a located data
/// error, a usage error), never clamped silently.
public enum NumberLimits {
    /// Amounts: KPI targets and planned values, indicator values, costs, budgets, need
    /// weights, uptake multipliers. Finite, at most 10^15 in magnitude.
    public static let amount: Double = 1e15

    /// Counts of bodies: N, capacities, per-district bounds, `expect count`. A million is
    /// far above any prefecture (Japan has 1,741 municipalities) and, times any number of
    /// districts a data set can list, far below `Int.max`.
    public static let count: ClosedRange<Int> = 0...1_000_000

    /// A body's population. Summed over a million bodies it is still below 2^50.
    public static let population: ClosedRange<Int> = 0...1_000_000_000

    /// Whether `x` is an amount muniplan accepts: finite and |x| ≤ 10^15.
    public static func isAmount(_ x: Double) -> Bool { x.isFinite && abs(x) <= amount }

    /// A range in either language: `0 to 1,000,000` / `0～1,000,000`.
    public static func range(_ range: ClosedRange<Int>) -> Message {
        Message.Model.range(lower: NumberText.grouped(range.lowerBound), upper: NumberText.grouped(range.upperBound))
    }

    public static func range(_ range: ClosedRange<Double>) -> Message {
        Message.Model.range(lower: NumberText.bound(range.lowerBound), upper: NumberText.bound(range.upperBound))
    }
}
