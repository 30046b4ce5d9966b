/// Each left-out body's own reason, read off single swaps: bringing body f in for chosen
/// body e changes the need sum by need(f) − need(e) and may break a constraint (e is
/// required; e's district falls below the minimum; f's district goes over the maximum;
/// the budget). In rank order, for each left-out body f:
///
/// 1. a swap within every constraint at equal need: a tie, lost by code order;
/// 2. a place free (at most N, with a budget): adding f is what breaks the maximum or the
///    budget, or f's need is negative;
/// 3. a swap that would raise the need sum, blocked only by the weaker body being held
///    (required, or its district at the minimum): that constraint keeps f out, and that
///    body is the one f would displace. Each held body is claimed once, by the best body
///    it holds out: the others would not get its place without the constraint either;
/// 4. the same for f's district at its maximum (the weaker body elsewhere claimed once);
/// 5. a swap that would raise the need sum and is blocked only by the budget: over
///    budget, naming the weakest body f could replace within the budget;
/// 6. otherwise capacity: the weakest body f could replace scores more.
struct LeftOutReasoner {
    struct Violations: OptionSet {
        let rawValue: Int
        static let required = Violations(rawValue: 1), minimum = Violations(rawValue: 2)
        static let maximum = Violations(rawValue: 4), budget = Violations(rawValue: 8)
    }

    let problem: AllocationProblem
    let selection: AllocationSelection
    let costs: CostScale?
    let count: [Int]
    private let total: Int
    /// The budget left unused (quantised).
    private let slack: Int64
    private let tied: Set<Int>
    /// Chosen bodies that are not required, weakest first.
    let removable: [Int]
    /// Removable bodies per district, and those in districts above the minimum (movable
    /// to any district below its maximum).
    private let byDistrict: [WeakestFit]
    private let movable: WeakestFit
    /// Chosen bodies that are required or in a district at the minimum, weakest first.
    private let held: [Int]
    private var claimed = Set<Int>()
    /// Where the unclaimed part of `held` and of `movable` starts: claims mostly take the weakest
    /// first, so skipping the claimed prefix keeps the scans short.
    private var start = (held: 0, movable: 0)

    init(_ problem: AllocationProblem, _ selection: AllocationSelection, costs: CostScale?) {
        self.problem = problem
        self.selection = selection
        self.costs = costs
        var count = [Int](repeating: 0, count: problem.districts.count)
        var used: Int64 = 0
        for (i, item) in problem.items.enumerated() where selection.chosen[i] {
            count[item.district] += 1
            used += costs?.cost[i] ?? 0
        }
        self.count = count
        total = count.reduce(0, +)
        slack = (costs?.capacity ?? 0) - used
        tied = Set(selection.tiedItems)
        let chosen = problem.items.indices.filter { selection.chosen[$0] }.reversed()
        removable = chosen.filter { !problem.items[$0].required }
        let cost = { (i: Int) in costs?.cost[i] ?? 0 }
        var perDistrict = [[Int]](repeating: [], count: problem.districts.count)
        for e in removable { perDistrict[problem.items[e].district].append(e) }
        byDistrict = perDistrict.map { WeakestFit($0, cost: cost) }
        let lower = problem.lower
        movable = WeakestFit(removable.filter { count[problem.items[$0].district] > lower }, cost: cost)
        held = chosen.filter { problem.items[$0].required || count[problem.items[$0].district] <= lower }
    }

    /// Per item: nil when chosen, else why not.
    mutating func reasons() -> [LeftOutReason?] {
        problem.items.indices.map { selection.chosen[$0] ? nil : reason($0) }
    }

    private func code(_ i: Int) -> String { problem.items[i].candidate.code }
    private func q(_ i: Int) -> Int64 { problem.items[i].q }

    private func gap(_ f: Int, _ e: Int?) -> NeedGap? {
        guard let e, q(e) > q(f) else { return nil }
        return NeedGap(body: code(e), need: problem.items[f].candidate.score, other: problem.items[e].candidate.score)
    }

    func violations(out e: Int, in f: Int) -> Violations {
        let (de, df) = (problem.items[e].district, problem.items[f].district)
        var v: Violations = []
        if problem.items[e].required { v.insert(.required) }
        if de != df, count[de] <= problem.lower { v.insert(.minimum) }
        if de != df, count[df] >= problem.upper { v.insert(.maximum) }
        if let costs, costs.cost[f] - costs.cost[e] > slack { v.insert(.budget) }
        return v
    }

    /// The weakest chosen body f could replace within the bounds (and the budget, when asked).
    private func weakestSwap(in f: Int, withinBudget: Bool) -> Int? {
        let d = problem.items[f].district
        let threshold = withinBudget ? costs.map { $0.cost[f] - slack } : nil
        let same = byDistrict[d].first(costingAtLeast: threshold)
        let other = count[d] < problem.upper ? movable.first(costingAtLeast: threshold) : nil
        return [same, other].compactMap { $0 }.max()
    }

    private mutating func reason(_ f: Int) -> LeftOutReason {
        guard problem.request.policy == .byNeed else { return shareReason(f) }
        let fit = weakestSwap(in: f, withinBudget: true)
        if let e = fit, q(e) == q(f) { return .lostTie(to: code(e)) }
        if let tie = tieExample(f) { return tie }
        let d = problem.items[f].district
        if total < problem.count {
            if count[d] >= problem.upper { return .districtAtMax(max: problem.upper, instead: nil) }
            if let costs, costs.cost[f] > slack { return .overBudget(fits: gap(f, fit)) }
            return q(f) < 0 ? .lowersTotal : .outranked
        }
        if let e = claim(f, held: true, where: { !$0.isEmpty && $0.isSubset(of: [.required, .minimum]) }) {
            if problem.items[e].required { return .displacedByRequired(body: code(e)) }
            return .displacedByMinimum(district: problem.districts[problem.items[e].district], body: code(e))
        }
        if count[d] >= problem.upper, let e = claim(f, held: false, where: { $0 == .maximum }) {
            return .districtAtMax(max: problem.upper, instead: code(e))
        }
        if costs != nil, let e = weakestSwap(in: f, withinBudget: false), q(e) < q(f) {
            return .overBudget(fits: gap(f, fit))
        }
        if let gap = gap(f, fit) { return .lowerNeed(gap) }
        // No swap keeps within the constraints.
        if count[d] >= problem.upper { return .districtAtMax(max: problem.upper, instead: nil) }
        if costs != nil, weakestSwap(in: f, withinBudget: false) != nil { return .overBudget(fits: nil) }
        if let e = held.first {
            if problem.items[e].required { return .displacedByRequired(body: code(e)) }
            return .displacedByMinimum(district: problem.districts[problem.items[e].district], body: code(e))
        }
        return .outranked
    }

    /// The first unclaimed body of `held` or `movable` (weakest first) weaker than f whose swap
    /// breaks what `blocks` accepts; it is claimed.
    private mutating func claim(_ f: Int, held isHeld: Bool, where blocks: (Violations) -> Bool) -> Int? {
        let list = isHeld ? held : movable.items
        var first = isHeld ? start.held : start.movable
        while first < list.count, claimed.contains(list[first]) { first += 1 }
        if isHeld { start.held = first } else { start.movable = first }
        for e in list[first...] {
            guard q(e) < q(f) else { break }
            if !claimed.contains(e), blocks(violations(out: e, in: f)) {
                claimed.insert(e)
                return e
            }
        }
        return nil
    }

    /// A tie the engine found through more than one swap: its example pair.
    private func tieExample(_ f: Int) -> LeftOutReason? {
        guard tied.contains(f), case let .tied(removing, adding) = selection.uniqueness,
              adding.contains(code(f)), let first = removing.first else { return nil }
        return .lostTie(to: first)
    }

    /// Spread and apportion: the district's share went to its best bodies.
    private func shareReason(_ f: Int) -> LeftOutReason {
        let item = problem.items[f]
        if tied.contains(f) {
            let fits = removable.first { e in
                q(e) == item.q && violations(out: e, in: f).isEmpty
            }
            if let e = fits { return .lostTie(to: code(e)) }
            if let tie = tieExample(f) { return tie }
        }
        let share = selection.shares?[item.district] ?? count[item.district]
        return .districtShareFilled(share: share, last: gap(f, byDistrict[item.district].items.first))
    }
}
