/// Apportion: N split across districts by the method, then each district's best bodies.
///
/// A district can take no more than its eligible bodies (or the maximum per district):
/// the excess goes on by the method without it. The minimum per district and required
/// bodies are not inputs to the method; a share that falls short of them is refused
/// rather than silently bent.
enum ApportionAllocator {
    static func choose(_ problem: AllocationProblem, method: ApportionMethod,
                       basis: ApportionBasis) throws(AllocationError) -> AllocationSelection {
        var weights: [Double] = []
        for name in problem.districts {
            let weight = problem.request.districtWeights[name] ?? 0
            guard weight.isFinite, weight >= 0 else { throw .invalidWeight(district: name, weight: weight) }
            weights.append(weight)
        }
        let caps = problem.districts.indices.map { problem.cap($0) }
        let result = try Apportionment(method: method, seats: problem.count, names: problem.districts,
                                       weights: weights, caps: caps)
        for d in problem.districts.indices {
            if result.seats[d] < problem.lower {
                throw .shareBelowMin(district: problem.districts[d], share: result.seats[d],
                                     min: problem.lower, method: method)
            }
            if result.seats[d] < problem.requiredCount[d] {
                throw .requiredAboveShare(district: problem.districts[d], required: problem.requiredCount[d],
                                          share: result.seats[d], method: method)
            }
        }
        var selection = AllocationSelection(chosen: SpreadAllocator.takeBest(problem, shares: result.seats))
        selection.shares = result.seats
        selection.districtTies = result.ties
        selection.apportionment = ApportionmentDetail(
            method: method, basis: basis, seats: problem.count, totalWeight: weights.reduce(0, +),
            rows: result.rows, ties: result.ties)
        if !result.ties.isEmpty { SpreadAllocator.markDistrictTie(problem, &selection) }
        selection.addTiesWithinDistricts(problem)
        return selection
    }
}
