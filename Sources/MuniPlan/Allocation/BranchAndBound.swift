/// Depth-first branch and bound over a `KnapsackInstance`: items are decided in `order`,
/// "take" before "leave", so complete choices are met in decreasing lexicographic order of
/// their membership vectors along `order`. Each node is bounded by the Lagrangian
/// relaxation at a fixed multiplier (valid for any λ ≥ 0), after checking that the
/// district floors still fit the places and the budget left.
struct BranchAndBound {
    struct Outcome {
        /// The best choice found (item indices), or nil when none reached the threshold.
        var best: [Int]?
        var bestValue: Int64
        /// A second choice as good as `best`, met after it (tie-aware runs only).
        var tie: [Int]?
        var nodes = 0
        /// False when the node limit stopped the search.
        var completed = true
    }

    private let instance: KnapsackInstance
    private let reduced: [Double]
    private let lambda: Double
    private let slack: Double
    private let order: [Int]
    private let byReduced: [Int]
    private let byReducedInDistrict: [[Int]]
    private let byCostInDistrict: [[Int]]
    private var position: [Int]
    // The current node.
    private var taken: [Bool]
    private var count: [Int]
    private var total = 0
    private var cost: Int64 = 0
    private var value: Int64 = 0
    private var deficit: Int
    private var mark: [Int]
    private var markValue = 0
    private var relaxedCount: [Int]

    init(_ instance: KnapsackInstance, relaxation: LagrangianRelaxation, order: [Int]) {
        self.instance = instance
        reduced = relaxation.reduced
        lambda = relaxation.lambda
        slack = instance.roundingSlack(lambda: relaxation.lambda)
        self.order = order
        let n = instance.count
        let reduced = relaxation.reduced
        byReduced = (0..<n).sorted { reduced[$0] != reduced[$1] ? reduced[$0] > reduced[$1] : $0 < $1 }
        var inDistrict = [[Int]](repeating: [], count: instance.districtCount)
        for i in byReduced { inDistrict[instance.district[i]].append(i) }
        byReducedInDistrict = inDistrict
        byCostInDistrict = inDistrict.map { list in
            list.sorted { instance.w[$0] != instance.w[$1] ? instance.w[$0] < instance.w[$1] : $0 < $1 }
        }
        position = [Int](repeating: 0, count: n)
        for (t, i) in order.enumerated() { position[i] = t }
        taken = [Bool](repeating: false, count: n)
        count = [Int](repeating: 0, count: instance.districtCount)
        deficit = instance.lower.reduce(0, +)
        mark = [Int](repeating: 0, count: n)
        relaxedCount = count
    }

    /// Searches for choices worth at least `threshold`. Not tie-aware: only strictly
    /// better choices replace the best. Tie-aware: the first choice at the best value is
    /// kept (the lexicographic tie rule along `order`) and the search goes on until a
    /// second one is found or none can exist.
    mutating func run(threshold: Int64, tieAware: Bool, nodeLimit: Int) -> Outcome {
        var outcome = Outcome(best: nil, bestValue: threshold)
        var p = 0
        var stack: [Int] = []
        while true {
            outcome.nodes += 1
            if outcome.nodes > nodeLimit {
                outcome.completed = false
                break
            }
            var advanced = false
            if let bound = bound(from: p), !prune(bound, outcome, tieAware: tieAware) {
                if let t = nextTakeable(from: p) {
                    take(order[t])
                    stack.append(t)
                    p = t + 1
                    advanced = true
                } else if deficit == 0 {
                    record(&outcome, tieAware: tieAware)
                }
            }
            if advanced { continue }
            guard let t = stack.popLast() else { break }
            leave(order[t])
            p = t + 1
        }
        return outcome
    }

    private func prune(_ bound: Double, _ outcome: Outcome, tieAware: Bool) -> Bool {
        let ceiling = bound + slack
        guard ceiling.isFinite else { return ceiling < 0 }
        // Values are integers: the subtree can reach at most ⌊ceiling⌋.
        let reachable = ceiling.rounded(.down)
        let best = Double(outcome.bestValue)
        if reachable < best { return true }
        guard outcome.best != nil else { return false }
        return reachable == best && (!tieAware || outcome.tie != nil)
    }

    private mutating func record(_ outcome: inout Outcome, tieAware: Bool) {
        let choice = (0..<instance.count).filter { taken[$0] }
        if outcome.best == nil {
            if value >= outcome.bestValue { (outcome.best, outcome.bestValue) = (choice, value) }
        } else if value > outcome.bestValue {
            (outcome.best, outcome.bestValue, outcome.tie) = (choice, value, nil)
        } else if tieAware, value == outcome.bestValue, outcome.tie == nil {
            outcome.tie = choice
        }
    }

    private mutating func take(_ i: Int) {
        let d = instance.district[i]
        if count[d] < instance.lower[d] { deficit -= 1 }
        taken[i] = true
        count[d] += 1
        total += 1
        cost += instance.w[i]
        value += instance.q[i]
    }

    private mutating func leave(_ i: Int) {
        let d = instance.district[i]
        taken[i] = false
        count[d] -= 1
        total -= 1
        cost -= instance.w[i]
        value -= instance.q[i]
        if count[d] < instance.lower[d] { deficit += 1 }
    }

    /// The first undecided item (from position p) that can be taken now without making
    /// the floors unreachable; the ones skipped are left out.
    private func nextTakeable(from p: Int) -> Int? {
        guard total < instance.slots else { return nil }
        for t in p..<order.count {
            let i = order[t]
            let d = instance.district[i]
            guard count[d] < instance.upper[d], cost + instance.w[i] <= instance.capacity else { continue }
            let owed = deficit - (count[d] < instance.lower[d] ? 1 : 0)
            if total + 1 + owed <= instance.slots { return t }
        }
        return nil
    }

    /// Nil when the node is infeasible; else an upper bound on the value of any
    /// completion (before rounding slack). Undecided items are those at positions ≥ p.
    private mutating func bound(from p: Int) -> Double? {
        guard total + deficit <= instance.slots else { return nil }
        markValue += 1
        var sum = 0.0
        var floorCost: Int64 = 0
        for d in 0..<instance.districtCount {
            relaxedCount[d] = 0
            let need = instance.lower[d] - count[d]
            guard need > 0 else { continue }
            // Cheapest completion of the floor, for the budget check.
            var found = 0
            for i in byCostInDistrict[d] where position[i] >= p {
                floorCost += instance.w[i]
                found += 1
                if found == need { break }
            }
            guard found == need else { return nil }
            // Best reduced values for the floor, for the bound.
            for i in byReducedInDistrict[d] where position[i] >= p {
                sum += reduced[i]
                mark[i] = markValue
                relaxedCount[d] += 1
                if relaxedCount[d] == need { break }
            }
        }
        guard cost + floorCost <= instance.capacity else { return nil }
        var extras = instance.slots - total - deficit
        for i in byReduced where extras > 0 {
            guard reduced[i] > 0 else { break }
            guard position[i] >= p, mark[i] != markValue else { continue }
            let d = instance.district[i]
            guard count[d] + relaxedCount[d] < instance.upper[d] else { continue }
            relaxedCount[d] += 1
            sum += reduced[i]
            extras -= 1
        }
        return Double(value) + lambda * Double(instance.capacity - cost) + sum
    }
}
