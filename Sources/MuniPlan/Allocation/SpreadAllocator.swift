/// Spread: shares as even across districts as supply allows, by need within each.
///
/// Each district starts at its floor (the minimum, or its required bodies when more) and
/// is capped by its eligible bodies and the maximum. Shares are filled level by level:
/// the highest level L such that every district at clamp(L, floor, cap) stays within N,
/// then the places left go one each to districts at level L that can take one more —
/// those whose next-best body scores higher, ties by district display order (reported).
enum SpreadAllocator {
    static func choose(_ problem: AllocationProblem) -> AllocationSelection {
        let districts = problem.districts.indices
        let floors = districts.map { problem.floor($0) }
        let caps = districts.map { problem.cap($0) }
        let shareAt = { (level: Int) in districts.map { min(max(level, floors[$0]), caps[$0]) } }
        var level = 0
        while level < (caps.max() ?? 0), shareAt(level + 1).reduce(0, +) <= problem.count { level += 1 }
        var shares = shareAt(level)
        let left = problem.count - shares.reduce(0, +)

        var selection = AllocationSelection(chosen: [])
        if left > 0 {
            // Districts that sit at the level and could take one more, by their next-best body.
            let open = districts.filter { shares[$0] == level && level < caps[$0] }
            let next = open.map { d in (d, nextBest(problem, district: d, share: shares[d]) ?? .min) }
            let ranked = next.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for (d, _) in ranked.prefix(left) { shares[d] += 1 }
            if left < ranked.count, ranked[left - 1].1 == ranked[left].1 {
                let value = ranked[left].1
                let winners = ranked.prefix(left).filter { $0.1 == value }.map { problem.districts[$0.0] }
                let losers = ranked.dropFirst(left).filter { $0.1 == value }.map { problem.districts[$0.0] }
                selection.districtTies = [DistrictTie(winners: winners, losers: losers,
                                                      value: problem.scoreScale.score(Double(value)))]
            }
        }
        selection.chosen = takeBest(problem, shares: shares)
        selection.shares = shares
        if !selection.districtTies.isEmpty { markDistrictTie(problem, &selection) }
        selection.addTiesWithinDistricts(problem)
        return selection
    }

    /// The score of the best non-required body a district would add beyond `share`.
    static func nextBest(_ problem: AllocationProblem, district d: Int, share: Int) -> Int64? {
        var skip = share - problem.requiredCount[d]
        for item in problem.items where item.district == d && !item.required {
            if skip == 0 { return item.q }
            skip -= 1
        }
        return nil
    }

    /// Each district's required bodies, then its best others up to its share.
    static func takeBest(_ problem: AllocationProblem, shares: [Int]) -> [Bool] {
        var room = problem.districts.indices.map { shares[$0] - problem.requiredCount[$0] }
        return problem.items.map { item in
            if item.required { return true }
            guard room[item.district] > 0 else { return false }
            room[item.district] -= 1
            return true
        }
    }

    /// A district tie moves a place between the tied districts' marginal bodies.
    static func markDistrictTie(_ problem: AllocationProblem, _ selection: inout AllocationSelection) {
        guard let tie = selection.districtTies.first else { return }
        let names = Set(tie.winners + tie.losers)
        var lastIn: [Int: Int] = [:], firstOut: [Int: Int] = [:]
        for (i, item) in problem.items.enumerated() where !item.required && names.contains(problem.districts[item.district]) {
            if selection.chosen[i] { lastIn[item.district] = i } else if firstOut[item.district] == nil {
                firstOut[item.district] = i
            }
        }
        let winners = tie.winners.compactMap { name in problem.districts.firstIndex(of: name).flatMap { lastIn[$0] } }
        let losers = tie.losers.compactMap { name in problem.districts.firstIndex(of: name).flatMap { firstOut[$0] } }
        selection.tiedItems = (winners + losers).sorted()
        if let w = winners.first, let l = losers.first {
            selection.uniqueness = .tied(removing: [problem.items[w].candidate.code],
                                         adding: [problem.items[l].candidate.code])
        }
    }
}
