/// Decides whether a branch-and-bound node can be pruned: infeasible, or no completion can
/// reach `cutoff`. Bounds, each valid on its own, cheapest first:
/// - the Lagrangian relaxation of the budget at fixed multipliers (the root's LP multiplier,
///   and 0, which is the bound without the budget): floors from each district's best
///   reduced values, then the best positive reduced values into the free places;
/// - Dantzig's bound, which drops N, the floors and the caps but re-fits the budget left;
/// - the node's own LP bound: the Lagrangian minimised over λ for the undecided items
///   (Kelley's cutting planes from the two fixed multipliers), stopped as soon as the
///   answer is known: an evaluation below the cutoff prunes, and a lower estimate of the
///   minimum above it keeps the node.
struct NodeBound {
    /// One multiplier's reduced values and the orders its greedy pass needs.
    struct View {
        let lambda: Double
        let reduced: [Double]
        let byReduced: [Int]
        let byReducedInDistrict: [[Int]]

        init(_ instance: KnapsackInstance, lambda: Double) {
            self.lambda = lambda
            let reduced = (0..<instance.count).map { Double(instance.q[$0]) - lambda * Double(instance.w[$0]) }
            self.reduced = reduced
            byReduced = (0..<instance.count).sorted { reduced[$0] != reduced[$1] ? reduced[$0] > reduced[$1] : $0 < $1 }
            var inDistrict = [[Int]](repeating: [], count: instance.districtCount)
            for i in byReduced { inDistrict[instance.district[i]].append(i) }
            byReducedInDistrict = inDistrict
        }
    }

    /// UB(λ) = intercept + λ·slope for the relaxed choice found at λ: Σ q of the choice
    /// and the budget it leaves, both exact, so the only rounding is in λ·slope.
    struct Evaluation {
        let lambda: Double
        let intercept: Int64
        let slope: Int64
        var value: Double { Double(intercept) + lambda * Double(slope) }
        /// The value plus an allowance for its rounding (zero at λ = 0 below 2^53).
        var ceiling: Double {
            let (a, b) = (Double(intercept), lambda * Double(slope))
            return a + b + 4 * Double.ulpOfOne * (abs(a) + abs(b))
        }
    }

    let views: [View]
    /// Items worth taking (q > 0) by q/w descending, cost-free ones first.
    let byEfficiency: [Int]
    let byCostInDistrict: [[Int]]
    /// Whether to minimise over λ at each node (worth it except for quick searches).
    let reoptimise: Bool
    private var mark: [Int]
    private var markValue = 0
    private var relaxedCount: [Int]
    private var undecided: [Int] = []
    private var key: [Double]
    /// At the last node bounded: the cheapest cost of meeting the floors, and per district
    /// the costliest body in that cheapest completion.
    private(set) var floorCost: Int64 = 0
    private(set) var floorLast: [Int64]

    static let reoptimiseLimit = 400

    init(_ instance: KnapsackInstance, lambda: Double, reoptimise: Bool) {
        views = lambda > 0 ? [View(instance, lambda: 0), View(instance, lambda: lambda)] : [View(instance, lambda: 0)]
        // Sorting per evaluation costs too much on large instances; fixing keeps most small.
        self.reoptimise = reoptimise && instance.count <= Self.reoptimiseLimit
        let (q, w) = (instance.q, instance.w)
        byEfficiency = (0..<instance.count).filter { q[$0] > 0 }.sorted { a, b in
            // q[a]/w[a] > q[b]/w[b] without division: w = 0 means infinite efficiency.
            let left = Double(q[a]) * Double(w[b]), right = Double(q[b]) * Double(w[a])
            return left != right ? left > right : a < b
        }
        byCostInDistrict = views[0].byReducedInDistrict.map { list in
            list.sorted { w[$0] != w[$1] ? w[$0] < w[$1] : $0 < $1 }
        }
        mark = [Int](repeating: 0, count: instance.count)
        key = [Double](repeating: 0, count: instance.count)
        relaxedCount = [Int](repeating: 0, count: instance.districtCount)
        floorLast = [Int64](repeating: 0, count: instance.districtCount)
    }

    /// The node: items at `position` < p are decided; `count`, `total`, `cost`, `value`
    /// describe those taken. True when it is infeasible or cannot reach `cutoff`.
    mutating func prunes(_ instance: KnapsackInstance, position: [Int], p: Int, count: [Int],
                         total: Int, deficit: Int, cost: Int64, value: Int64, cutoff: Double) -> Bool {
        guard total + deficit <= instance.slots else { return true }
        // The floors must fit the budget left.
        floorCost = 0
        for d in 0..<instance.districtCount where instance.lower[d] > count[d] {
            let need = instance.lower[d] - count[d]
            var found = 0
            for i in byCostInDistrict[d] where position[i] >= p {
                floorCost += instance.w[i]
                floorLast[d] = instance.w[i]
                found += 1
                if found == need { break }
            }
            guard found == need else { return true }
        }
        let left = instance.capacity - cost
        guard floorCost <= left else { return true }
        guard cutoff > -.infinity else { return false }
        var evaluations: [Evaluation] = []
        for view in views {
            let e = lagrangian(view, instance, position: position, p: p, count: count, total: total,
                               deficit: deficit, left: left, value: value)
            if e.ceiling < cutoff { return true }
            evaluations.append(e)
        }
        if dantzig(instance, position: position, p: p, left: left, value: value) < cutoff { return true }
        guard reoptimise, let first = evaluations.first, first.slope < 0 else { return false }
        return minimisedBelow(cutoff, instance, position: position, p: p, count: count, total: total,
                              deficit: deficit, left: left, value: value, known: evaluations)
    }

    private func dantzig(_ instance: KnapsackInstance, position: [Int], p: Int, left: Int64, value: Int64) -> Double {
        var room = left
        var sum = value
        var fraction = 0.0
        for i in byEfficiency where position[i] >= p {
            if instance.w[i] <= room {
                room -= instance.w[i]
                sum += instance.q[i]
            } else {
                fraction = Double(instance.q[i]) * Double(room) / Double(instance.w[i])
                break
            }
        }
        return Double(sum) + fraction + 4 * Double.ulpOfOne * (abs(Double(sum)) + fraction)
    }

    /// The relaxed choice at a view's fixed multiplier, from its presorted orders.
    private mutating func lagrangian(_ view: View, _ instance: KnapsackInstance, position: [Int], p: Int,
                                     count: [Int], total: Int, deficit: Int, left: Int64, value: Int64) -> Evaluation {
        markValue += 1
        var q = value, w: Int64 = 0
        for d in 0..<instance.districtCount {
            relaxedCount[d] = 0
            let need = instance.lower[d] - count[d]
            guard need > 0 else { continue }
            for i in view.byReducedInDistrict[d] where position[i] >= p {
                q += instance.q[i]
                w += instance.w[i]
                mark[i] = markValue
                relaxedCount[d] += 1
                if relaxedCount[d] == need { break }
            }
        }
        var extras = instance.slots - total - deficit
        for i in view.byReduced where extras > 0 {
            guard view.reduced[i] > 0 else { break }
            guard position[i] >= p, mark[i] != markValue else { continue }
            let d = instance.district[i]
            guard count[d] + relaxedCount[d] < instance.upper[d] else { continue }
            relaxedCount[d] += 1
            q += instance.q[i]
            w += instance.w[i]
            extras -= 1
        }
        return Evaluation(lambda: view.lambda, intercept: q, slope: left - w)
    }

    /// The relaxed choice at any λ: undecided items sorted by reduced value, then floors
    /// and free places in one pass.
    private mutating func evaluate(_ lambda: Double, _ instance: KnapsackInstance, count: [Int], total: Int,
                                   deficit: Int, left: Int64, value: Int64) -> Evaluation {
        for i in undecided { key[i] = Double(instance.q[i]) - lambda * Double(instance.w[i]) }
        let key = self.key
        undecided.sort { key[$0] != key[$1] ? key[$0] > key[$1] : $0 < $1 }
        for d in 0..<instance.districtCount { relaxedCount[d] = count[d] }
        var extras = instance.slots - total - deficit
        var q = value, w: Int64 = 0
        for i in undecided {
            let d = instance.district[i]
            if relaxedCount[d] < instance.lower[d] {
                // A floor place.
            } else if key[i] > 0, extras > 0, relaxedCount[d] < instance.upper[d] {
                extras -= 1
            } else {
                continue
            }
            relaxedCount[d] += 1
            q += instance.q[i]
            w += instance.w[i]
        }
        return Evaluation(lambda: lambda, intercept: q, slope: left - w)
    }

    /// Minimises UB(λ) just far enough to tell whether it falls below the cutoff.
    /// `known` holds evaluations at λ = 0 (over budget, slope < 0) and maybe at the root's λ.
    private mutating func minimisedBelow(_ cutoff: Double, _ instance: KnapsackInstance, position: [Int],
                                         p: Int, count: [Int], total: Int, deficit: Int, left: Int64,
                                         value: Int64, known: [Evaluation]) -> Bool {
        undecided.removeAll(keepingCapacity: true)
        for i in 0..<instance.count where position[i] >= p { undecided.append(i) }
        let run = { (s: inout NodeBound, lambda: Double) in
            s.evaluate(lambda, instance, count: count, total: total, deficit: deficit, left: left, value: value)
        }
        var low = known[0]
        var high: Evaluation
        if let root = known.last, root.slope >= 0, root.lambda > 0 {
            high = root
        } else {
            if let root = known.last, root.lambda > 0 { low = root }
            high = run(&self, max(low.lambda * 2, Double(low.intercept) / Double(max(1, left))))
            var tries = 0
            while high.slope < 0, tries < 60 {
                if high.ceiling < cutoff { return true }
                low = high
                high = run(&self, high.lambda * 4)
                tries += 1
            }
            guard high.slope >= 0 else { return false }
        }
        for _ in 0..<12 {
            if high.ceiling < cutoff || low.ceiling < cutoff { return true }
            let denominator = Double(high.slope - low.slope)
            guard denominator > 0 else { return false }
            var trial = Double(low.intercept - high.intercept) / denominator
            if !(trial > low.lambda && trial < high.lambda) { trial = (low.lambda + high.lambda) / 2 }
            // No λ does better than where the two lines meet (rounding only keeps nodes).
            let floor = Double(low.intercept) + trial * Double(low.slope)
            if floor + 1e-9 * abs(floor) >= cutoff { return false }
            let e = run(&self, trial)
            if e.ceiling < cutoff { return true }
            if e.value <= floor + 1e-9 * max(1, abs(floor)) { return false }
            if e.slope < 0 { low = e } else { high = e }
        }
        return false
    }
}
