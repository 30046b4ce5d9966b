/// Turns a selection into the reasons `explain` shows: why each body is in or out, which
/// constraints bind, the best body left out. Each left-out body's reason is its own
/// (`LeftOutReasoner`): the swap that would bring it in and what stops it.
struct AllocationExplainer {
    let problem: AllocationProblem
    let selection: AllocationSelection
    let costs: CostScale?
    private let reasoner: LeftOutReasoner
    private var count: [Int] { reasoner.count }

    init(_ problem: AllocationProblem, _ selection: AllocationSelection, costs: CostScale?) {
        self.problem = problem
        self.selection = selection
        self.costs = costs
        reasoner = LeftOutReasoner(problem, selection, costs: costs)
    }

    func build() -> AllocationExplanation {
        var claims = reasoner
        let leftOut = claims.reasons()
        let held = Set(leftOut.compactMap { reason -> String? in
            if case let .displacedByMinimum(_, body)? = reason { return body } else { return nil }
        })
        var entries: [CandidateExplanation] = []
        for (i, item) in problem.items.enumerated() {
            var because: ChoiceReason?
            if selection.chosen[i] {
                if item.required { because = .required } else if problem.request.policy != .byNeed {
                    because = .districtShare
                } else { because = held.contains(item.candidate.code) ? .minPerDistrict : .need }
            }
            entries.append(entry(item, because, leftOut[i]))
        }
        entries += problem.excluded.map { entry($0, nil, .excluded) }
        entries.sort { $0.rank < $1.rank }
        let bestLeftOut = problem.items.indices.first { !selection.chosen[$0] }.map { i in
            entry(problem.items[i], nil, leftOut[i])
        }
        let outcomes = problem.districts.indices.map { d in
            DistrictOutcome(district: problem.districts[d], eligible: problem.supply[d],
                            required: problem.requiredCount[d], chosen: count[d], share: selection.shares?[d],
                            min: problem.lower, max: problem.maxPerDistrict)
        }
        return AllocationExplanation(
            policy: problem.request.policy, candidates: entries, districts: outcomes,
            bindings: bindings(leftOut), bestLeftOut: bestLeftOut, uniqueness: selection.uniqueness,
            tiedBodies: selection.tiedItems.map { problem.items[$0].candidate.code },
            districtTies: selection.districtTies, apportionment: selection.apportionment, search: selection.search)
    }

    private func entry(_ item: AllocationProblem.Item, _ because: ChoiceReason?,
                       _ leftOut: LeftOutReason?) -> CandidateExplanation {
        CandidateExplanation(code: item.candidate.code, district: item.candidate.district,
                             score: item.candidate.score, cost: item.candidate.cost, rank: item.rank,
                             chosenBecause: because, leftOutBecause: because == nil ? leftOut : nil)
    }

    private func code(_ i: Int) -> String { problem.items[i].candidate.code }

    private func bindings(_ leftOut: [LeftOutReason?]) -> [BindingConstraint] {
        var result: [BindingConstraint] = []
        var minSeen = Set<String>(), maxSeen = Set<Int>()
        for (f, reason) in leftOut.enumerated() {
            switch reason {
            case let .displacedByMinimum(district, body)? where minSeen.insert(district).inserted:
                result.append(.minPerDistrict(min: problem.lower, district: district, chosen: body, over: code(f),
                                              overDistrict: problem.items[f].candidate.district))
            case let .districtAtMax(_, instead)? where maxSeen.insert(problem.items[f].district).inserted:
                result.append(.maxPerDistrict(max: problem.upper, district: problem.districts[problem.items[f].district],
                                              leftOut: code(f), instead: instead))
            default: break
            }
        }
        if let costs, let budget = budgetBinding(costs, leftOut) { result.append(budget) }
        // Elsewhere the policy's shares, not the required bodies, decide who is left out.
        for item in problem.items where item.required && problem.request.policy == .byNeed {
            if let f = problem.items.indices.first(where: { !selection.chosen[$0] && problem.items[$0].q > item.q }) {
                result.append(.required(body: item.candidate.code, over: code(f)))
            }
        }
        if problem.request.policy != .byNeed, let shares = selection.shares {
            for d in problem.districts.indices where shares[d] == problem.cap(d) && capBinds(d) {
                result.append(.shareCapped(district: problem.districts[d], cap: problem.cap(d)))
            }
        }
        return result
    }

    /// The budget binds when the best choice without it (same bounds, at most N) scores more.
    private func budgetBinding(_ costs: CostScale, _ leftOut: [LeftOutReason?]) -> BindingConstraint? {
        let free = NeedAllocator.greedy(problem, exactly: false)
        let sum = { (chosen: [Bool]) in problem.items.indices.reduce(Int64(0)) { $0 + (chosen[$1] ? problem.items[$1].q : 0) } }
        guard sum(free) > sum(selection.chosen) else { return nil }
        let score = { (chosen: [Bool]) in problem.items.indices.reduce(0.0) { $0 + (chosen[$1] ? problem.items[$1].candidate.score : 0) } }
        let usedRaw = problem.items.indices.reduce(0.0) { $0 + (selection.chosen[$1] ? problem.items[$1].candidate.cost ?? 0 : 0) }
        let example = leftOut.indices.first { if case .overBudget? = leftOut[$0] { true } else { false } }.map(code)
        return .budget(budget: costs.budget, used: usedRaw, score: score(selection.chosen),
                       scoreWithout: score(free), leftOut: example)
    }

    /// Whether a district's cap held its share below what the policy would have given.
    private func capBinds(_ d: Int) -> Bool {
        if let rows = selection.apportionment?.rows { return rows[d].capped }
        let shares = selection.shares ?? []
        let open = problem.districts.indices.filter { shares[$0] < problem.cap($0) }
        return open.contains { shares[$0] > shares[d] }
    }
}
