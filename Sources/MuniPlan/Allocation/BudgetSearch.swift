/// By need with a budget: a knapsack with a cardinality ceiling (at most N) and
/// per-district bounds, solved exactly by branch and bound.
///
/// 1. The Lagrangian relaxation of the budget gives the LP bound and reduced values.
/// 2. A short search along reduced values finds a good choice (the incumbent).
/// 3. Reduced-value fixing: a body whose forced inclusion (or exclusion) caps the bound
///    below the incumbent is settled, using the matroid exchange that re-optimises the
///    relaxation after one forced change. Only choices worse than the incumbent are cut,
///    so every optimal choice survives.
/// 4. The remaining bodies are searched in rank order, "take" first, pruning by the bound.
///    The first optimal choice met is the lexicographically greatest in rank order (the
///    same tie rule as without a budget) and the search goes on until a second optimal
///    choice appears (not unique) or the tree is exhausted (unique).
/// Scores and costs are exact integers (`ScoreScale`, `CostScale`), so optimality and
/// uniqueness are exact statements; the node limit is the only way to get `optimal == false`.
enum BudgetSearch {
    /// Nodes granted to the incumbent search before fixing.
    static let heuristicNodes = 2_000

    static func choose(_ problem: AllocationProblem, costs: CostScale) -> Selection {
        let free = problem.items.indices.filter { !problem.items[$0].required }
        var capacity = costs.capacity
        var requiredValue: Int64 = 0
        for (i, item) in problem.items.enumerated() where item.required {
            capacity -= costs.cost[i]
            requiredValue += item.q
        }
        let instance = KnapsackInstance(
            q: free.map { problem.items[$0].q }, w: free.map { costs.cost[$0] },
            district: free.map { problem.items[$0].district },
            lower: problem.districts.indices.map { max(0, problem.lower - problem.requiredCount[$0]) },
            upper: problem.districts.indices.map { problem.cap($0) - problem.requiredCount[$0] },
            slots: problem.count - problem.requiredTotal, capacity: capacity)
        let solution = solve(instance, nodeLimit: problem.request.nodeLimit)

        var selection = Selection.requiredOnly(problem)
        for i in solution.chosen { selection.chosen[free[i]] = true }
        selection.optimal = solution.proven
        if !solution.proven {
            selection.uniqueness = .unproven
        } else if let tie = solution.tie {
            let best = Set(solution.chosen), other = Set(tie)
            let removing = best.subtracting(other).sorted().map { free[$0] }
            let adding = other.subtracting(best).sorted().map { free[$0] }
            selection.uniqueness = .tied(removing: removing.map { problem.items[$0].candidate.code },
                                         adding: adding.map { problem.items[$0].candidate.code })
            selection.tiedItems = (removing + adding).sorted()
        }
        selection.search = SearchSummary(
            nodes: solution.nodes, fixedByBound: solution.fixed,
            upperBound: problem.scoreScale.score(solution.bound + Double(requiredValue)), proven: solution.proven)
        return selection
    }

    struct Solution {
        var chosen: [Int]
        var tie: [Int]?
        var proven: Bool
        var nodes: Int
        var fixed: Int
        var bound: Double
    }

    static func solve(_ instance: KnapsackInstance, nodeLimit: Int) -> Solution {
        let root = LagrangianRelaxation(instance)
        let byReduced = (0..<instance.count).sorted {
            root.reduced[$0] != root.reduced[$1] ? root.reduced[$0] > root.reduced[$1] : $0 < $1
        }
        var heuristic = BranchAndBound(instance, relaxation: root, order: byReduced)
        let incumbent = heuristic.run(threshold: .min, tieAware: false,
                                      nodeLimit: min(heuristicNodes, max(1, nodeLimit / 2)))
        var nodes = incumbent.nodes
        var work = instance
        var kept = Array(0..<instance.count)
        var fixedIn: [Int] = []
        var fixedCount = 0
        var threshold = Int64.min
        if incumbent.best != nil {
            let fixed = fix(instance, root, incumbent: incumbent.bestValue)
            (work, kept) = instance.reduced(fixedIn: fixed.in, fixedOut: Set(fixed.out))
            fixedIn = fixed.in
            fixedCount = fixed.in.count + fixed.out.count
            threshold = incumbent.bestValue - fixed.in.reduce(0) { $0 + instance.q[$1] }
        }
        let relaxation = fixedCount == 0 ? root : LagrangianRelaxation(work)
        var exact = BranchAndBound(work, relaxation: relaxation, order: Array(0..<work.count))
        let outcome = exact.run(threshold: threshold, tieAware: true, nodeLimit: max(1, nodeLimit - nodes))
        nodes += outcome.nodes
        let lift = { (choice: [Int]) in (fixedIn + choice.map { kept[$0] }).sorted() }
        if let best = outcome.best {
            return Solution(chosen: lift(best), tie: outcome.tie.map(lift), proven: outcome.completed,
                            nodes: nodes, fixed: fixedCount, bound: root.bound)
        }
        // Only the node limit gets here: fall back on what is known to be feasible.
        let chosen = incumbent.best ?? cheapestFloors(instance)
        return Solution(chosen: chosen, tie: nil, proven: false, nodes: nodes, fixed: fixedCount, bound: root.bound)
    }

    /// Settles items whose forced change would cap the relaxation below the incumbent.
    /// After forcing one item in (out), the best relaxed choice is the relaxed optimum with
    /// one exchange: drop the weakest member it can replace (take the strongest non-member
    /// that can replace it), by the matroid exchange property with `slots` zero dummies.
    static func fix(_ instance: KnapsackInstance, _ relaxation: LagrangianRelaxation,
                    incumbent: Int64) -> (in: [Int], out: [Int]) {
        guard relaxation.feasible, relaxation.bound.isFinite else { return ([], []) }
        let r = relaxation.reduced
        let districts = instance.districtCount
        var members = [Int](repeating: 0, count: districts)
        var weakestIn = [Double](repeating: .infinity, count: districts)
        var strongestOut = [Double](repeating: -.infinity, count: districts)
        for i in 0..<instance.count {
            let d = instance.district[i]
            if relaxation.inBase[i] {
                members[d] += 1
                weakestIn[d] = min(weakestIn[d], r[i])
            } else {
                strongestOut[d] = max(strongestOut[d], r[i])
            }
        }
        let dummies = instance.slots - members.reduce(0, +)
        // Two best candidates per kind, so that "another district" is one comparison away.
        var shrink = (0..<districts).filter { members[$0] > instance.lower[$0] }.map { (weakestIn[$0], $0) }
        if dummies > 0 { shrink.append((0, -1)) }
        shrink.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var grow = (0..<districts).filter { members[$0] < instance.upper[$0] && strongestOut[$0] > -.infinity }
            .map { (strongestOut[$0], $0) }
        if dummies < instance.slots { grow.append((0, -1)) }
        grow.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        let elsewhere = { (list: [(Double, Int)], d: Int) in list.prefix(2).first { $0.1 != d }?.0 }

        let slack = 2 * instance.roundingSlack(lambda: relaxation.lambda)
        let target = Double(incumbent)
        var fixedIn: [Int] = [], fixedOut: [Int] = []
        for i in 0..<instance.count {
            let d = instance.district[i]
            if relaxation.inBase[i] {
                var replacement = strongestOut[d]
                if members[d] > instance.lower[d], let other = elsewhere(grow, d) { replacement = max(replacement, other) }
                if replacement == -.infinity || relaxation.bound - r[i] + replacement + slack < target {
                    fixedIn.append(i)
                }
            } else {
                var removal = members[d] > 0 ? weakestIn[d] : .infinity
                if members[d] < instance.upper[d], let other = elsewhere(shrink, d) { removal = min(removal, other) }
                if removal == .infinity || relaxation.bound + r[i] - removal + slack < target {
                    fixedOut.append(i)
                }
            }
        }
        return (fixedIn, fixedOut)
    }

    /// The cheapest way to meet every floor: feasible whenever the request passed its checks.
    static func cheapestFloors(_ instance: KnapsackInstance) -> [Int] {
        var chosen: [Int] = []
        for d in 0..<instance.districtCount where instance.lower[d] > 0 {
            let members = (0..<instance.count).filter { instance.district[$0] == d }
                .sorted { instance.w[$0] != instance.w[$1] ? instance.w[$0] < instance.w[$1] : $0 < $1 }
            chosen += members.prefix(instance.lower[d])
        }
        return chosen.sorted()
    }
}
