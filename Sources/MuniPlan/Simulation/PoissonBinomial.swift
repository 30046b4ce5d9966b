/// The distribution of a count of independent events with unequal probabilities: how many
/// of the bodies adopt when each adopts on its own with its own probability.
enum PoissonBinomial {
    /// P(count = k) for k = 0 … probabilities.count, by the recursion that adds one body at a
    /// time: P'(k) = P(k)·(1 − p) + P(k − 1)·p. Every term is a product of non-negative
    /// numbers, so nothing cancels and the result is accurate to rounding (no Fourier
    /// transform, whose cancellation loses small tails). Certain bodies (p = 1) only shift
    /// the distribution and impossible ones (p = 0) leave it as it is; both are skipped.
    static func distribution(_ probabilities: [Double]) -> [Double] {
        let certain = probabilities.reduce(0) { $0 + ($1 >= 1 ? 1 : 0) }
        var uncertain = [Double]()
        uncertain.reserveCapacity(probabilities.count)
        for p in probabilities where p > 0 && p < 1 { uncertain.append(p) }
        var mass = [Double](repeating: 0, count: uncertain.count + 1)
        mass[0] = 1
        for (i, p) in uncertain.enumerated() {
            let q = 1 - p
            // From the top down so each P(k − 1) read is still the one before this body.
            var k = i + 1
            while k > 0 {
                mass[k] = mass[k] * q + mass[k - 1] * p
                k -= 1
            }
            mass[0] *= q
        }
        var out = [Double](repeating: 0, count: probabilities.count + 1)
        for (k, m) in mass.enumerated() { out[certain + k] = m }
        return out
    }
}
