/// Depth-first branch and bound over a `KnapsackInstance`: items are decided in `order`,
/// "take" before "leave", so complete choices are met in decreasing lexicographic order of
/// their membership vectors along `order`. Each node is bounded by `NodeBound`.
struct BranchAndBound {
    struct Outcome {
        /// The best choice found (item indices), or nil when none reached the threshold.
        var best: [Int]?
        var bestValue: Int64
        /// A second choice as good as `best`, met after it (tie-aware runs only).
        var tie: [Int]?
        var nodes = 0
        /// True once the whole tree has been searched.
        var completed = false
    }

    private let instance: KnapsackInstance
    private let order: [Int]
    private let tieAware: Bool
    private var position: [Int]
    private var bounds: NodeBound
    // The current node, and where the search stands (it can be resumed).
    private var taken: [Bool]
    private var count: [Int]
    private var total = 0
    private var cost: Int64 = 0
    private var value: Int64 = 0
    private var deficit: Int
    private var p = 0
    private var stack: [Int] = []
    private(set) var outcome: Outcome

    /// Searches for choices worth at least `threshold`. Not tie-aware: only strictly
    /// better choices replace the best. Tie-aware: the first choice at the best value is
    /// kept (the lexicographic tie rule along `order`) and the search goes on until a
    /// second one is found or none can exist.
    init(_ instance: KnapsackInstance, relaxation: LagrangianRelaxation, order: [Int],
         threshold: Int64, tieAware: Bool, reoptimise: Bool = true) {
        self.instance = instance
        self.order = order
        self.tieAware = tieAware
        bounds = NodeBound(instance, lambda: relaxation.lambda, reoptimise: reoptimise)
        let n = instance.count
        position = [Int](repeating: 0, count: n)
        for (t, i) in order.enumerated() { position[i] = t }
        taken = [Bool](repeating: false, count: n)
        count = [Int](repeating: 0, count: instance.districtCount)
        deficit = instance.lower.reduce(0, +)
        outcome = Outcome(best: nil, bestValue: threshold, completed: false)
    }

    /// Visits up to `nodes` more nodes (fewer if the search ends, or when `stopWhenTied`
    /// and a tie has been found) and returns where the search stands.
    @discardableResult
    mutating func run(nodes limit: Int, stopWhenTied: Bool = false) -> Outcome {
        var visited = 0
        while !outcome.completed {
            if visited >= limit || (stopWhenTied && outcome.tie != nil) { break }
            visited += 1
            outcome.nodes += 1
            var advanced = false
            if !bounds.prunes(instance, position: position, p: p, count: count, total: total, deficit: deficit,
                              cost: cost, value: value, cutoff: cutoff) {
                if let t = nextTakeable(from: p) {
                    take(order[t])
                    stack.append(t)
                    p = t + 1
                    advanced = true
                } else if deficit == 0 {
                    record()
                }
            }
            if advanced { continue }
            guard let t = stack.popLast() else {
                outcome.completed = true
                break
            }
            leave(order[t])
            p = t + 1
        }
        return outcome
    }

    /// A node is pruned when no completion can reach this. Values are integers, so
    /// "better than v" is "at least v + 1".
    private var cutoff: Double {
        let best = Double(outcome.bestValue)
        guard outcome.best != nil else { return outcome.bestValue == .min ? -.infinity : best }
        return tieAware && outcome.tie == nil ? best : best + 1
    }

    private mutating func record() {
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
            let owes = count[d] < instance.lower[d]
            guard total + 1 + deficit - (owes ? 1 : 0) <= instance.slots else { continue }
            // Taking it must leave enough budget for the other floors.
            let floorsAfter = bounds.floorCost - (owes ? min(instance.w[i], bounds.floorLast[d]) : 0)
            if cost + instance.w[i] + floorsAfter <= instance.capacity { return t }
        }
        return nil
    }
}
