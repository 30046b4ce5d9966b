/// The allocation engine: pure, deterministic, exact. It never prints; it returns a
/// result or throws the reason the request cannot be met.
public enum Allocator {
    /// Chooses bodies among `candidates` as `request` asks.
    ///
    /// Tie rule (all policies): bodies rank by score descending, then by `order`
    /// ascending (code order), then by code. Among equally good choices the engine takes
    /// the one containing the highest-ranked body on which such choices differ; districts
    /// that tie take places in display order. Ties that decide membership are reported in
    /// the explanation (`uniqueness`, `tiedBodies`, `districtTies`) and refused with
    /// `refuseTies`. Scores equal to about twelve significant digits count as equal.
    ///
    /// The result does not depend on the order of `candidates`.
    public static func allocate(_ candidates: [AllocationCandidate],
                                _ request: AllocationRequest) throws(AllocationError) -> AllocationResult {
        let problem = try AllocationProblem(candidates, request)
        var costs: CostScale?
        if let budget = request.budget { costs = try CostScale(problem, budget: budget) }
        let selection: AllocationSelection
        switch request.policy {
        case .byNeed:
            if let costs { selection = BudgetSearch.choose(problem, costs: costs) } else {
                selection = NeedAllocator.choose(problem)
            }
        case .spread:
            selection = SpreadAllocator.choose(problem)
        case let .apportion(method, basis):
            selection = try ApportionAllocator.choose(problem, method: method, basis: basis)
        }
        if request.stop.requested() { throw .stopped }
        try selection.refuseTiesIfAsked(problem)
        return result(problem, selection, costs: costs)
    }

    private static func result(_ problem: AllocationProblem, _ selection: AllocationSelection,
                               costs: CostScale?) -> AllocationResult {
        let chosen = problem.items.indices.filter { selection.chosen[$0] }.map { problem.items[$0] }
        var perDistrict = Dictionary(uniqueKeysWithValues: problem.districts.map { ($0, 0) })
        for item in chosen { perDistrict[item.candidate.district, default: 0] += 1 }
        let costed = chosen.compactMap(\.candidate.cost)
        let ordered = chosen.sorted {
            $0.candidate.order != $1.candidate.order ? $0.candidate.order < $1.candidate.order
                : $0.candidate.code < $1.candidate.code
        }
        let unique = selection.optimal && selection.uniqueness == .unique
        return AllocationResult(
            chosen: ordered.map(\.candidate.code), optimal: selection.optimal, unique: unique,
            totalScore: chosen.reduce(0) { $0 + $1.candidate.score },
            totalCost: costed.count == chosen.count ? costed.reduce(0, +) : nil,
            perDistrict: perDistrict,
            explanation: AllocationExplainer(problem, selection, costs: costs).build())
    }
}
