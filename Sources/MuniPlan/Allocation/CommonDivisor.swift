/// The greatest common divisor of exact scores or costs. Dividing by it changes no
/// comparison and no sum's order, but makes one unit mean one real step: the search prunes
/// with "at least one unit better", and integer scores quantised as multiples of 2^27 would
/// otherwise make that step 2^27 times too small to cut anything.
enum CommonDivisor {
    /// Of the values' magnitudes; 1 when all are zero (so dividing is always safe).
    static func of<S: Sequence>(_ values: S) -> Int64 where S.Element == Int64 {
        var g: Int64 = 0
        for v in values where v != 0 {
            g = gcd(g, v.magnitude > UInt64(Int64.max) ? Int64.max : abs(v))
            if g == 1 { return 1 }
        }
        return g == 0 ? 1 : g
    }

    private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
