/// The core step for knapsacks whose scores nearly track their costs (issue 19: the
/// realistic 20,000-body case, seed 3), where branch and bound along the LP bound drowns:
/// the LP leaves a gap that only filling the budget almost exactly can close, a subset-sum
/// question the bound cannot see.
///
/// Pisinger's core idea, made exact with the Lagrangian identity of `CoreMultipliers`:
/// a choice worth at least v flips away from the relaxed optimum only items whose losses
/// add up to at most UB − v, so every item losing more is settled (the core is what is
/// left), and the flip sets within that loss are enumerated exactly, meet-in-the-middle:
/// the core is split in two halves, one half's sets are stored sorted by (places, cost),
/// and each set of the other half looks up the partners that bring the count and the
/// budget within what the loss allows (a window of cost only UB − v over λ wide).
///
/// Rounds widen the loss allowed from small to what the incumbent needs; the first round
/// that meets a choice whose value it certifies (every better choice would have been met)
/// has found the optimum and every other optimal choice, so the tie rule (the optimal
/// choice greatest in rank order) and the second such choice are read off exactly. A round
/// too large for `storedLimit` or `workLimit` gives up: the caller goes on with branch and
/// bound (and GLPK), with any better choice met here as its incumbent.
enum CoreSearch {
    static let storedLimit = 3_000_000
    static let workLimit = 80_000_000
    /// Each round allows this much more loss than the last.
    static let growth = 1.5

    struct Outcome {
        /// The optimum, proven, with the tie rule applied; nil when the step gave up.
        var solution: BudgetSearch.Solution?
        /// The best choice met, when the step gave up.
        var best: [Int]?
        /// Sets of flips enumerated, over all rounds.
        var subsets = 0
    }

    static func solve(_ instance: KnapsackInstance, _ relaxation: LagrangianRelaxation, threshold: Int64,
                      stop: () -> Bool) -> Outcome {
        var outcome = Outcome()
        guard relaxation.feasible, relaxation.bound.isFinite, relaxation.lambda > 0, instance.count > 0 else { return outcome }
        let multipliers = CoreMultipliers(instance, relaxation)
        let byLoss = (0..<instance.count).sorted {
            multipliers.loss[$0] != multipliers.loss[$1] ? multipliers.loss[$0] < multipliers.loss[$1] : $0 < $1
        }
        let needed = { (value: Int64) in multipliers.bound - Double(value) + 2 * multipliers.slack }
        var target = threshold == .min ? Double.infinity : needed(threshold)
        var limit = min(target, multipliers.loss[byLoss[min(24, byLoss.count - 1)]] + 2 * multipliers.slack)
        var met: (value: Int64, choice: [Int])?
        while true {
            var join = Join(instance, multipliers)
            let core = byLoss.prefix { multipliers.loss[$0] <= limit }
            let halves = [core.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                          core.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)]
            let (streamed, kept) = (FlipSubsets(halves[0], instance, multipliers), FlipSubsets(halves[1], instance, multipliers))
            // When the m cheapest flips of a half fit together, all 2^m of their sets are in
            // it: past the limits, give up before enumerating (degenerate cores, where nearly
            // every loss is 0, would otherwise spend the whole budget to learn it).
            guard kept.surelyMore(than: storedLimit, limit: limit) == false,
                  streamed.surelyMore(than: workLimit, limit: limit) == false else {
                outcome.best = met?.choice
                return outcome
            }
            let finished = kept.stored(limit: limit, capacity: storedLimit).map { join.run(streamed, $0, kept, limit: limit, stop: stop) }
            outcome.subsets += join.subsets
            if let value = join.bestValue, let best = join.best, value > met?.value ?? .min { met = (value, join.choice(best)) }
            guard finished == true else {
                outcome.best = met?.choice
                return outcome
            }
            if let value = join.bestValue { target = min(target, needed(value)) }
            if let value = join.bestValue, let best = join.best, value >= threshold, limit >= target {
                outcome.solution = BudgetSearch.Solution(
                    chosen: join.choice(best), tie: join.second.map(join.choice), proven: true,
                    nodes: 0, fixed: 0, bound: relaxation.bound)
                return outcome
            }
            // No choice at all within the incumbent's loss: the incumbent is not what the
            // identity says it is, so claim nothing.
            guard limit < target else { return outcome }
            limit = min(target, max(limit * growth, limit + 1))
        }
    }

    /// One round's pairing of the two halves, and the best choices it meets.
    struct Join {
        let instance: KnapsackInstance
        let multipliers: CoreMultipliers
        let baseCount: Int
        let baseCost: Int64
        let baseValue: Int64
        let baseDistrict: [Int]
        /// The best value met and the optimal flip sets greatest and second greatest in rank order.
        private(set) var bestValue: Int64?
        private(set) var best: [Int]?
        private(set) var second: [Int]?
        private(set) var subsets = 0
        private var work = 0
        private var visits = 0

        init(_ instance: KnapsackInstance, _ multipliers: CoreMultipliers) {
            self.instance = instance
            self.multipliers = multipliers
            var count = 0, cost: Int64 = 0, value: Int64 = 0
            var district = [Int](repeating: 0, count: instance.districtCount)
            for i in 0..<instance.count where multipliers.base[i] {
                count += 1
                cost += instance.w[i]
                value += instance.q[i]
                district[instance.district[i]] += 1
            }
            (baseCount, baseCost, baseValue, baseDistrict) = (count, cost, value, district)
        }

        /// False when the round gave up (work, or `stop`).
        mutating func run(_ streamed: FlipSubsets, _ stored: FlipSubsets.Stored, _ kept: FlipSubsets,
                          limit: Double, stop: () -> Bool) -> Bool {
            let groups = stored.groups
            let (lambda, mu) = (multipliers.lambda, multipliers.mu)
            let slots = instance.slots
            var gaveUp = false
            let visited = streamed.forEach(limit: limit) { places, cost, loss, path in
                work += 1 + groups.count
                visits += 1
                if visits & 0x3FF == 0, work > CoreSearch.workLimit || stop() {
                    gaveUp = true
                    return false
                }
                let left = limit - loss
                let hi = instance.capacity - baseCost - cost
                for group in groups {
                    let count = baseCount + Int(places) + Int(group.places)
                    guard count <= slots else { continue }
                    let room = left - mu * Double(slots - count)
                    guard room >= 0 else { continue }
                    let width = room / lambda
                    // cost ≥ hi − width, less one for the rounding of width (the test below is exact).
                    let lo = width >= 0x1p61 ? Int64.min : hi - Int64(width) - 1
                    var j = stored.first(group.range, costAtLeast: lo)
                    while j < group.range.upperBound, stored.cost[j] <= hi {
                        work += 1
                        if loss + stored.loss[j] + mu * Double(slots - count) + lambda * Double(hi - stored.cost[j]) <= limit {
                            consider(path.map { streamed.flips[$0].item } + stored.path(j).map { kept.flips[$0].item })
                        }
                        j += 1
                    }
                }
                return true
            }
            subsets += (visited ?? 0) + stored.places.count
            return !gaveUp && visited != nil
        }

        /// A flip set the loss allows: checked exactly against every constraint.
        private mutating func consider(_ flips: [Int]) {
            var count = baseCount, cost = baseCost, value = baseValue
            var touched: [Int: Int] = [:]
            for i in flips {
                let sign = multipliers.base[i] ? -1 : 1
                count += sign
                cost += Int64(sign) * instance.w[i]
                value += Int64(sign) * instance.q[i]
                touched[instance.district[i], default: baseDistrict[instance.district[i]]] += sign
            }
            guard count <= instance.slots, cost <= instance.capacity,
                  touched.allSatisfy({ $0.value >= instance.lower[$0.key] && $0.value <= instance.upper[$0.key] })
            else { return }
            let set = flips.sorted()
            guard let known = bestValue, value <= known else {
                (bestValue, best, second) = (value, set, nil)
                return
            }
            guard value == known, let first = best else { return }
            if greater(set, than: first) {
                (best, second) = (set, first)
            } else if second.map({ greater(set, than: $0) }) ?? true {
                second = set
            }
        }

        /// Whether flips `a` make a choice greater in rank order than flips `b`: at the first
        /// item (lowest index) on which they differ, `a`'s choice holds it.
        func greater(_ a: [Int], than b: [Int]) -> Bool {
            var (i, j) = (0, 0)
            while i < a.count || j < b.count {
                if j == b.count || (i < a.count && a[i] < b[j]) { return !multipliers.base[a[i]] }
                if i == a.count || b[j] < a[i] { return multipliers.base[b[j]] }
                i += 1
                j += 1
            }
            return false
        }

        /// The choice (item indices) a flip set makes.
        func choice(_ flips: [Int]) -> [Int] {
            let flipped = Set(flips)
            return (0..<instance.count).filter { multipliers.base[$0] != flipped.contains($0) }
        }
    }
}
