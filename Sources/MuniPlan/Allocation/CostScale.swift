/// Costs and the budget as exact integers, so that "fits the budget" never depends on
/// the order floating-point sums are taken in. When every cost and the budget have at
/// most six decimals (populations, money, most indicators) the scale is a power of ten
/// and the comparison is exact; otherwise costs are rounded at about 2^-40 of the largest.
struct CostScale {
    /// Quantised cost per eligible item (same indices as `AllocationProblem.items`).
    let cost: [Int64]
    /// The budget in the same units (capped at the total of all costs, which it can never exceed usefully).
    let capacity: Int64
    let budget: Double

    init(_ problem: AllocationProblem, budget: Double) throws(AllocationError) {
        var raw: [Double] = []
        var missing: [String] = []
        for item in problem.items {
            guard let cost = item.candidate.cost else {
                missing.append(item.candidate.code)
                continue
            }
            guard cost.isFinite, cost >= 0 else { throw .invalidCost(code: item.candidate.code, cost: cost) }
            raw.append(cost)
        }
        guard missing.isEmpty else { throw .missingCost(missing) }
        let total = raw.reduce(0, +)
        let binding = budget < total
        let factor = Self.factor(raw + (binding ? [budget] : []), count: raw.count)
        // The factor puts the largest value (the budget included when it binds) at most
        // near 2^60 / (count + 1): every cost, the budget and their sum fit in Int64.
        let scaled = raw.map { Int64(saturating: ($0 * factor).rounded()) }
        // In units of the costs' common divisor, Σ w ≤ C is Σ w/g ≤ ⌊C/g⌋: exact, and the
        // search's budget steps are real ones.
        let divisor = CommonDivisor.of(scaled)
        cost = scaled.map { $0 / divisor }
        capacity = binding ? Int64(saturating: (budget * factor).rounded()) / divisor : cost.reduce(0, +)
        self.budget = budget
        try check(problem)
    }

    /// The smallest power of ten up to 10^6 that makes every value whole, when sums stay
    /// far from overflow; else a power of two putting the largest value near 2^40.
    private static func factor(_ values: [Double], count: Int) -> Double {
        let largest = values.max() ?? 0
        guard largest > 0 else { return 1 }
        let limit = Double(1 << 60) / Double(Swift.max(count, 1) + 1)
        // The largest may reach the limit itself: below its next double up.
        if let factor = DecimalFactor.smallest(values, largest: largest, below: limit.nextUp, tolerance: { scaled, _ in
            1e-9 * Swift.max(1, abs(scaled))
        }) {
            return factor
        }
        let exponent = Swift.min(40, Int(Double(limit).exponent)) - Int(largest.exponent)
        return Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// Required bodies and each district's minimum must fit the budget.
    private func check(_ problem: AllocationProblem) throws(AllocationError) {
        var requiredCost: Int64 = 0
        var requiredRaw = 0.0
        for (i, item) in problem.items.enumerated() where item.required {
            requiredCost += cost[i]
            requiredRaw += item.candidate.cost ?? 0
        }
        if requiredCost > capacity { throw .requiredOverBudget(cost: requiredRaw, budget: budget) }
        // The cheapest way to reach each district's minimum on top of the required bodies.
        var cheapest = [[Int]](repeating: [], count: problem.districts.count)
        for (i, item) in problem.items.enumerated() where !item.required { cheapest[item.district].append(i) }
        var total = requiredCost
        var totalRaw = requiredRaw
        for d in problem.districts.indices {
            let need = Swift.max(0, problem.lower - problem.requiredCount[d])
            guard need > 0 else { continue }
            let picks = cheapest[d].sorted { cost[$0] != cost[$1] ? cost[$0] < cost[$1] : $0 < $1 }.prefix(need)
            for i in picks {
                total += cost[i]
                totalRaw += problem.items[i].candidate.cost ?? 0
            }
        }
        if total > capacity { throw .minimumOverBudget(min: problem.lower, cost: totalRaw, budget: budget) }
    }
}
