/// By need with a budget: a knapsack with a cardinality ceiling (at most N) and
/// per-district bounds, solved exactly by branch and bound.
///
/// 1. The Lagrangian relaxation of the budget gives the LP bound and reduced values.
/// 2. An incumbent from a short search and from the relaxed choice that fits the budget,
///    improved by local search (`KnapsackLocalSearch`).
/// 3. Reduced-value fixing: a body whose forced inclusion (or exclusion) caps the bound
///    below the incumbent is settled, using the matroid exchange that re-optimises the
///    relaxation after one forced change. Only choices worse than the incumbent are cut,
///    so every optimal choice survives.
/// 4. Branch and bound along reduced values over what is left (`BranchAndBound`,
///    `NodeBound`) finds the optimum, proves it, and finds a second optimal choice if
///    there is one. Better incumbents found on the way re-fix and restart it. If its first
///    stretch does not close it, the core step (`CoreSearch`) is tried once: it proves
///    nearly proportional instances (scores tracking costs) exactly, tie rule included.
/// 5. Only when there is a tie: the bodies are searched in rank order, "take" first; the
///    first optimal choice met is the lexicographically greatest in rank order — the
///    same tie rule as without a budget.
/// Scores and costs are exact integers (`ScoreScale`, `CostScale`), so optimality and
/// uniqueness are exact statements. If step 4 reaches `nodeLimit` nodes, GLPK finishes the
/// proof from the best choice found (`certify`, in CertifiedFallback.swift); only Ctrl-C or
/// the request's time limit leave the best choice found with `optimal == false`. Step 5
/// has its own `nodeLimit` and, if it stops early, keeps the optimal choice found (the tie
/// is still reported).
enum BudgetSearch {
    static func choose(_ problem: AllocationProblem, costs: CostScale) -> AllocationSelection {
        let (instance, free, requiredValue) = knapsack(problem, costs: costs)
        let solution = solve(instance, nodeLimit: problem.request.nodeLimit, stop: problem.request.stop,
                             seconds: problem.request.timeLimit)

        var selection = AllocationSelection.requiredOnly(problem)
        for i in solution.chosen { selection.chosen[free[i]] = true }
        selection.optimal = solution.proven
        if let tie = solution.tie {
            let best = Set(solution.chosen), other = Set(tie)
            let removing = best.subtracting(other).sorted().map { free[$0] }
            let adding = other.subtracting(best).sorted().map { free[$0] }
            selection.uniqueness = .tied(removing: removing.map { problem.items[$0].candidate.code },
                                         adding: adding.map { problem.items[$0].candidate.code })
            selection.tiedItems = (removing + adding).sorted()
        } else if !solution.proven {
            selection.uniqueness = .unproven
        }
        selection.search = SearchSummary(
            nodes: solution.nodes, fixedByBound: solution.fixed,
            upperBound: problem.scoreScale.score(solution.bound + Double(requiredValue)), proven: solution.proven)
        return selection
    }

    /// The knapsack over the bodies not required: `free` maps its items to the problem's.
    static func knapsack(_ problem: AllocationProblem, costs: CostScale)
        -> (instance: KnapsackInstance, free: [Int], requiredValue: Int64) {
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
        return (instance, free, requiredValue)
    }

    struct Solution {
        var chosen: [Int]
        var tie: [Int]?
        /// The optimum is proven, and with it whether a tie exists.
        var proven: Bool
        var nodes: Int
        var fixed: Int
        var bound: Double
        /// Proven by the core step (`CoreSearch`) rather than branch and bound or GLPK.
        var byCore = false
    }

    /// Nodes granted to the first, incumbent-finding search, and to each stretch of the
    /// optimising search between re-fixings.
    static let incumbentNodes = 1_000
    static let stretchNodes = 4_096
    /// Item visits (nodes × items) after which GLPK takes over even below `nodeLimit`: a
    /// node costs time in proportion to the items, so 20,000 bodies hand over after
    /// 100,000 nodes (seconds), 1,741 after 1.15 million.
    static let fallbackWork = 2_000_000_000

    /// The nodes the fast search may visit on `instance` before the certified fallback.
    static func nodeBudget(_ instance: KnapsackInstance, nodeLimit: Int) -> Int {
        min(nodeLimit, max(incumbentNodes + stretchNodes, fallbackWork / max(1, instance.count)))
    }

    static func solve(_ instance: KnapsackInstance, nodeLimit: Int, stop: StopCheck = StopCheck(),
                      seconds: Double? = nil) -> Solution {
        // The user's time limit covers the whole search, the fallback included.
        let deadline = Deadline(seconds: seconds)
        let root = LagrangianRelaxation(instance)
        let nodeLimit = nodeBudget(instance, nodeLimit: nodeLimit)
        var nodes = 0
        // An incumbent: the better of a quick search along reduced values and the relaxed
        // choice that fits the budget, each improved by local search.
        var quick = BranchAndBound(instance, relaxation: root, order: reducedOrder(root), threshold: .min,
                                   tieAware: false, reoptimise: false)
        quick.run(nodes: min(incumbentNodes, nodeLimit))
        nodes += quick.outcome.nodes
        var incumbent = [quick.outcome.best, root.withinBudget].compactMap { $0 }
            .map { KnapsackLocalSearch.improve($0, instance) }.max { value($0, instance) < value($1, instance) }
        // The optimum and whether a second optimal choice exists, in one tie-aware search
        // along reduced values (best-first in knapsack terms). Each better incumbent settles
        // more bodies by fixing; the search restarts on the smaller instance when that pays.
        var narrowed = Narrowed(instance, root, incumbent: incumbent)
        var search = narrowed.search()
        var coreTried = false
        while !search.outcome.completed, nodes < nodeLimit, !stop.requested(), !deadline.expired {
            // A first stretch did not close it: try the core step (CoreSearch) once.
            if !coreTried, search.outcome.nodes > 0 {
                coreTried = true
                let core = CoreSearch.solve(narrowed.instance, narrowed.relaxation, threshold: narrowed.threshold,
                                            stop: { stop.requested() || deadline.expired })
                if var solution = core.solution {
                    (solution.chosen, solution.tie) = (narrowed.lift(solution.chosen), solution.tie.map(narrowed.lift))
                    (solution.nodes, solution.fixed, solution.bound) = (nodes + core.subsets, narrowed.fixedCount, root.bound)
                    solution.byCore = true
                    return solution
                }
                if let found = core.best.map(narrowed.lift),
                   value(found, instance) > incumbent.map({ value($0, instance) }) ?? .min {
                    incumbent = KnapsackLocalSearch.improve(found, instance)
                    narrowed = Narrowed(instance, root, incumbent: incumbent)
                    search = narrowed.search()
                }
                continue
            }
            let before = search.outcome.nodes
            search.run(nodes: min(stretchNodes, nodeLimit - nodes))
            nodes += search.outcome.nodes - before
            guard !search.outcome.completed, let found = search.outcome.best.map(narrowed.lift),
                  value(found, instance) > incumbent.map({ value($0, instance) }) ?? .min else { continue }
            let improved = KnapsackLocalSearch.improve(found, instance)
            incumbent = improved
            let next = Narrowed(instance, root, incumbent: improved)
            if next.kept.count < narrowed.kept.count {
                narrowed = next
                search = narrowed.search()
            }
        }
        guard search.outcome.completed, let optimum = search.outcome.best.map(narrowed.lift) else {
            let best = [search.outcome.best.map(narrowed.lift), incumbent].compactMap { $0 }
                .max { value($0, instance) < value($1, instance) }
            let unproven = Solution(chosen: best ?? cheapestFloors(instance), tie: nil, proven: false,
                                    nodes: nodes, fixed: narrowed.fixedCount, bound: root.bound)
            guard !stop.requested(), !deadline.expired else { return unproven }
            return certify(instance, root, unproven, nodeLimit: nodeLimit, stop: stop, seconds: deadline.remaining)
        }
        let solution = Solution(chosen: optimum, tie: nil, proven: true,
                                nodes: nodes, fixed: narrowed.fixedCount, bound: root.bound)
        guard let tie = search.outcome.tie.map(narrowed.lift) else { return solution }
        return applyTieRule(instance, root, solution, tie: tie, nodeLimit: nodeLimit).solution
    }

    /// A tie: the tie rule's choice is the first optimal one met in rank order, on the
    /// instance narrowed by the optimum. Even if this search stops early, the first
    /// optimal choice it meets is that choice; `metOptimum` says whether it met one (if
    /// not, the solution keeps the optimum it was given).
    static func applyTieRule(_ instance: KnapsackInstance, _ root: LagrangianRelaxation, _ solution: Solution,
                             tie: [Int], nodeLimit: Int) -> (solution: Solution, metOptimum: Bool) {
        var solution = solution
        let optimum = solution.chosen
        let final = Narrowed(instance, root, incumbent: optimum)
        var canonical = final.search(rankOrder: true)
        canonical.run(nodes: nodeLimit, stopWhenTied: true)
        solution.nodes += canonical.outcome.nodes
        solution.chosen = canonical.outcome.best.map(final.lift) ?? optimum
        solution.tie = canonical.outcome.tie.map(final.lift) ?? [optimum, tie].first { $0 != solution.chosen }
        return (solution, canonical.outcome.best != nil)
    }

    static func value(_ choice: [Int], _ instance: KnapsackInstance) -> Int64 {
        choice.reduce(0) { $0 + instance.q[$1] }
    }

    /// The instance narrowed by fixing against an incumbent, and the way back.
    struct Narrowed {
        let instance: KnapsackInstance
        let relaxation: LagrangianRelaxation
        let kept: [Int]
        let fixedIn: [Int]
        let fixedCount: Int
        /// The incumbent's value in the narrowed instance (.min without an incumbent).
        let threshold: Int64

        init(_ original: KnapsackInstance, _ root: LagrangianRelaxation, incumbent: [Int]?) {
            guard let incumbent else {
                (instance, relaxation, kept, fixedIn, fixedCount, threshold) =
                    (original, root, Array(0..<original.count), [], 0, .min)
                return
            }
            let fixed = BudgetSearch.fix(original, root, incumbent: BudgetSearch.value(incumbent, original))
            let (work, kept) = original.reduced(fixedIn: fixed.in, fixedOut: Set(fixed.out))
            instance = work
            relaxation = LagrangianRelaxation(work)
            self.kept = kept
            fixedIn = fixed.in
            fixedCount = fixed.in.count + fixed.out.count
            threshold = BudgetSearch.value(incumbent, original) - BudgetSearch.value(fixed.in, original)
        }

        func lift(_ choice: [Int]) -> [Int] { (fixedIn + choice.map { kept[$0] }).sorted() }

        /// A tie-aware search from the incumbent's value.
        func search(rankOrder: Bool = false) -> BranchAndBound {
            BranchAndBound(instance, relaxation: relaxation,
                           order: rankOrder ? Array(0..<instance.count) : BudgetSearch.reducedOrder(relaxation),
                           threshold: threshold, tieAware: true)
        }
    }

    static func reducedOrder(_ relaxation: LagrangianRelaxation) -> [Int] {
        let r = relaxation.reduced
        return r.indices.sorted { r[$0] != r[$1] ? r[$0] > r[$1] : $0 < $1 }
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
