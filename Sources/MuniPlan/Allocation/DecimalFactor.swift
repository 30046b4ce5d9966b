/// The decimal scale scores and costs share (`ScoreScale`, `CostScale`): values with at
/// most six decimals become exact integers when multiplied by the smallest fitting 10^k.
enum DecimalFactor {
    /// The smallest 10^k (k ≤ 6) that makes every value whole, each within
    /// `tolerance(value·10^k, largest·10^k)` of an integer, while largest·10^k stays below
    /// `limit`; nil when none does (the caller then scales by a power of two).
    static func smallest(_ values: [Double], largest: Double, below limit: Double,
                         tolerance: (_ scaled: Double, _ largest: Double) -> Double) -> Double? {
        var factor = 1.0
        for _ in 0...6 {
            let top = largest * factor
            guard top < limit else { return nil }
            let whole = values.allSatisfy { value in
                let scaled = value * factor
                return abs(scaled - scaled.rounded()) <= tolerance(scaled, top)
            }
            if whole { return factor }
            factor *= 10
        }
        return nil
    }
}
