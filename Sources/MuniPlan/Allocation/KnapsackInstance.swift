/// The knapsack the budget search solves: the bodies still to decide, with what is left
/// of N, the budget and each district's bounds once settled bodies are taken out.
///
/// maximise Σ q·x  subject to  Σ w·x ≤ capacity,  Σ x ≤ slots,
/// lower[d] ≤ Σ_{i in d} x ≤ upper[d],  x ∈ {0, 1}.
/// Items are indexed in rank order (index 0 is the highest-ranked body).
struct KnapsackInstance {
    var q: [Int64]
    var w: [Int64]
    var district: [Int]
    var lower: [Int]
    var upper: [Int]
    var slots: Int
    var capacity: Int64

    var count: Int { q.count }
    var districtCount: Int { lower.count }

    /// The instance without the items fixed out and with the items fixed in already taken.
    /// Indices keep their relative (rank) order; `kept` maps new indices to old ones.
    func reduced(fixedIn: [Int], fixedOut: Set<Int>) -> (instance: KnapsackInstance, kept: [Int]) {
        var next = self
        let taken = Set(fixedIn)
        for i in fixedIn {
            let d = district[i]
            next.slots -= 1
            next.capacity -= w[i]
            next.lower[d] = max(0, next.lower[d] - 1)
            next.upper[d] -= 1
        }
        let kept = (0..<count).filter { !taken.contains($0) && !fixedOut.contains($0) }
        next.q = kept.map { q[$0] }
        next.w = kept.map { w[$0] }
        next.district = kept.map { district[$0] }
        return (next, kept)
    }

    /// An allowance for floating-point error when a few reduced values (q − λw) and a
    /// relaxation bound at λ are added up: each is within 2ε of the magnitude below, and
    /// a handful of additions follow. Generous, so that fixing never trusts a rounding.
    func roundingSlack(lambda: Double) -> Double {
        var magnitude = Double(capacity) * lambda
        for i in 0..<count { magnitude += Double(abs(q[i])) + lambda * Double(w[i]) }
        return 16 * Double.ulpOfOne * magnitude
    }
}

extension KnapsackInstance {
    /// Whether a choice (item indices) meets every constraint, checked exactly.
    func admits(_ choice: [Int]) -> Bool {
        var counts = [Int](repeating: 0, count: districtCount)
        var cost: Int64 = 0
        for i in choice {
            guard i >= 0, i < count else { return false }
            counts[district[i]] += 1
            cost += w[i]
        }
        return Set(choice).count == choice.count && choice.count <= slots && cost <= capacity
            && (0..<districtCount).allSatisfy { counts[$0] >= lower[$0] && counts[$0] <= upper[$0] }
    }
}
