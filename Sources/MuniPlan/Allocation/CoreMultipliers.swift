/// Every constraint's multiplier at the relaxation's λ, so that the value of any choice is
/// the bound less what the choice loses against the relaxed optimum, item by item:
///
///     r̃ᵢ = qᵢ − λwᵢ − μ + ν_d − σ_d      (d the item's district)
///     UB = λ·capacity + μ·slots − Σ ν_d·lower_d + Σ σ_d·upper_d + Σ_{base} r̃ᵢ
///     value(x) = UB − Σ_{flipped} lossᵢ − λ·(budget left) − μ·(places left)
///                − Σ ν_d·(district count − lower_d) − Σ σ_d·(upper_d − district count)
///
/// where the base is the relaxed optimum, a flip is an item whose membership differs from
/// it, and lossᵢ = |r̃ᵢ|. This holds for any λ, μ, ν, σ ≥ 0 (it is an identity), and every
/// term subtracted is ≥ 0 on a feasible choice, so a choice worth at least v loses at
/// most UB − v in flips. μ, ν and σ are the matroid's dual at λ (the greedy's
/// thresholds), which keeps the losses small.
struct CoreMultipliers {
    let lambda: Double
    let mu: Double
    /// Per item: what flipping it away from the base loses (≥ 0).
    let loss: [Double]
    let base: [Bool]
    let bound: Double
    /// An allowance for the rounding in `bound` and in sums of losses.
    let slack: Double

    init(_ instance: KnapsackInstance, _ relaxation: LagrangianRelaxation) {
        let n = instance.count, districts = instance.districtCount
        let r = relaxation.reduced
        let base = relaxation.inBase
        // Per district, in the greedy's order: the first `lower` members are floor places.
        var members = [[Int]](repeating: [], count: districts)
        for i in (0..<n).sorted(by: { r[$0] != r[$1] ? r[$0] > r[$1] : $0 < $1 }) { members[instance.district[i]].append(i) }
        var freeLowest = Double.infinity, outHighest = 0.0, taken = 0
        for d in 0..<districts {
            let inside = members[d].filter { base[$0] }
            taken += inside.count
            for i in inside.dropFirst(instance.lower[d]) { freeLowest = min(freeLowest, r[i]) }
            if inside.count < instance.upper[d], let best = members[d].first(where: { !base[$0] }) {
                outHighest = max(outHighest, r[best])
            }
        }
        // μ between the weakest free pick and the strongest body left out that could take a
        // place: halfway, so that neither side's flips are free. 0 when places are left.
        let mu = taken < instance.slots || freeLowest == .infinity ? 0 : max(0, (freeLowest + outHighest) / 2)
        var nu = [Double](repeating: 0, count: districts), sigma = nu
        for d in 0..<districts {
            let inside = members[d].filter { base[$0] }
            if let weakest = inside.last, inside.count <= instance.lower[d] { nu[d] = max(0, mu - r[weakest]) }
            if inside.count >= instance.upper[d], let best = members[d].first(where: { !base[$0] }) {
                sigma[d] = max(0, r[best] - mu + nu[d])
            }
        }
        var loss = [Double](repeating: 0, count: n)
        var bound = relaxation.lambda * Double(instance.capacity) + mu * Double(instance.slots)
        var magnitude = abs(bound), clipped = 0.0
        for d in 0..<districts {
            bound += sigma[d] * Double(instance.upper[d]) - nu[d] * Double(instance.lower[d])
            magnitude += (sigma[d] + nu[d]) * Double(instance.upper[d] + instance.lower[d] + n)
        }
        for i in 0..<n {
            let d = instance.district[i]
            let reduced = r[i] - mu + nu[d] - sigma[d]
            if base[i] { bound += reduced }
            // By construction base items have r̃ ≥ 0 and the others ≤ 0; a rounding that
            // crosses zero is clipped and allowed for in the slack.
            let signed = base[i] ? reduced : -reduced
            loss[i] = max(0, signed)
            clipped += max(0, -signed)
            magnitude += Double(abs(instance.q[i])) + relaxation.lambda * Double(instance.w[i]) + mu
        }
        lambda = relaxation.lambda
        self.mu = mu
        self.loss = loss
        self.base = base
        self.bound = bound
        slack = 64 * Double.ulpOfOne * magnitude + clipped
    }
}
