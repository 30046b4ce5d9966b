/// What a policy decided, before it is explained: which items (by index into
/// `AllocationProblem.items`) are chosen and what is known about ties and optimality.
struct AllocationSelection {
    var chosen: [Bool]
    var optimal = true
    var uniqueness: Uniqueness = .unique
    /// Item indices whose membership a tie decided.
    var tiedItems: [Int] = []
    var districtTies: [DistrictTie] = []
    /// Per-district shares (spread, apportion).
    var shares: [Int]?
    var apportionment: ApportionmentDetail?
    var search: SearchSummary?

    init(chosen: [Bool]) { self.chosen = chosen }

    /// The required items chosen, nothing else.
    static func requiredOnly(_ problem: AllocationProblem) -> AllocationSelection {
        AllocationSelection(chosen: problem.items.map(\.required))
    }

    /// Throws the refused tie, if the request refuses ties.
    func refuseTiesIfAsked(_ problem: AllocationProblem) throws(AllocationError) {
        guard problem.request.refuseTies else { return }
        if let tie = districtTies.first { throw .tiedDistricts(winners: tie.winners, losers: tie.losers) }
        if !tiedItems.isEmpty { throw .tiedBodies(tiedItems.sorted().map { problem.items[$0].candidate.code }) }
    }
}

extension AllocationSelection {
    /// Within each district, the chosen non-required items must be its best: a tie at the
    /// district's margin (last chosen and first left out score the same) is a tie.
    mutating func addTiesWithinDistricts(_ problem: AllocationProblem) {
        var lastChosen = [Int?](repeating: nil, count: problem.districts.count)
        var firstLeft = lastChosen
        for (i, item) in problem.items.enumerated() where !item.required {
            if chosen[i] { lastChosen[item.district] = i } else if firstLeft[item.district] == nil {
                firstLeft[item.district] = i
            }
        }
        var tied = Set(tiedItems)
        var example: ([String], [String])?
        for d in problem.districts.indices {
            guard let last = lastChosen[d], let left = firstLeft[d],
                  problem.items[last].q == problem.items[left].q else { continue }
            let value = problem.items[last].q
            for (i, item) in problem.items.enumerated() where item.district == d && !item.required && item.q == value {
                tied.insert(i)
            }
            if example == nil {
                example = ([problem.items[last].candidate.code], [problem.items[left].candidate.code])
            }
        }
        tiedItems = tied.sorted()
        if let example, uniqueness == .unique { uniqueness = .tied(removing: example.0, adding: example.1) }
    }
}
