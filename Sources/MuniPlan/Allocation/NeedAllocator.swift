/// By need without a budget: exactly N bodies with the highest total score under the
/// per-district bounds and required bodies.
///
/// Why greedy is exact: the sets with N bodies and lower ≤ per-district count ≤ upper are
/// the bases of a matroid (a generalised partition matroid; base exchange holds because a
/// district that loses a body above its floor can hand the place to any district below
/// its cap). For a matroid, taking elements in order of weight whenever the set can still
/// be completed to a base yields a maximum-weight base.
///
/// Tie rule: elements are taken in rank order (score descending, then `order`), so among
/// all optimal sets the result is the one that contains the highest-ranked body on which
/// any two optimal sets differ (the lexicographically greatest in rank order).
enum NeedAllocator {
    static func choose(_ problem: AllocationProblem) -> AllocationSelection {
        var selection = AllocationSelection(chosen: greedy(problem, exactly: true))
        markTies(problem, &selection)
        return selection
    }

    /// The matroid greedy. `exactly`: N bodies; otherwise at most N, where a body is
    /// worth taking only with a score ≥ 0 (≥ so that zero scores follow the tie rule)
    /// or when its district still needs it for its floor.
    static func greedy(_ problem: AllocationProblem, exactly: Bool) -> [Bool] {
        var chosen = problem.items.map(\.required)
        var count = problem.requiredCount
        var total = problem.requiredTotal
        // Places still owed to district floors; a body may take a free place only while
        // the floors can still be met.
        var deficit = problem.districts.indices.reduce(0) { $0 + max(0, problem.lower - count[$1]) }
        for (i, item) in problem.items.enumerated() where !item.required {
            let d = item.district
            guard total < problem.count, count[d] < problem.cap(d) else { continue }
            if count[d] < problem.lower {
                deficit -= 1
            } else if total + 1 + deficit > problem.count || (!exactly && item.q < 0) {
                continue
            }
            chosen[i] = true
            count[d] += 1
            total += 1
        }
        return chosen
    }

    /// The optimum is unique unless a chosen body can be swapped for a left-out body of
    /// equal score (exchange property of matroid bases: any other optimal base is reached
    /// by such swaps). A body's membership is decided by a tie exactly when it takes part
    /// in such a swap.
    static func markTies(_ problem: AllocationProblem, _ selection: inout AllocationSelection) {
        var count = [Int](repeating: 0, count: problem.districts.count)
        for (i, item) in problem.items.enumerated() where selection.chosen[i] { count[item.district] += 1 }
        // Equal scores, grouped: chosen (removable) and left out, per district.
        struct Group { var inside: [Int] = []; var outside: [Int] = [] }
        var groups: [Int64: Group] = [:]
        for (i, item) in problem.items.enumerated() where !item.required {
            if selection.chosen[i] { groups[item.q, default: Group()].inside.append(i) } else {
                groups[item.q, default: Group()].outside.append(i)
            }
        }
        var tied: [Int] = []
        var example: (Int, Int)?
        for group in groups.values where !group.inside.isEmpty && !group.outside.isEmpty {
            let district = { (i: Int) in problem.items[i].district }
            // Per district, the best left-out body; and the best one whose district can grow.
            var outsideIn: [Int: Int] = [:]
            for f in group.outside where outsideIn[district(f)] == nil { outsideIn[district(f)] = f }
            let insideDistricts = Set(group.inside.map(district))
            let open = group.outside.first { count[district($0)] < problem.cap(district($0)) }
            let canShrink = group.inside.contains { count[district($0)] > problem.lower }
            for e in group.inside {
                let d = district(e)
                guard let f = outsideIn[d] ?? (count[d] > problem.lower ? open : nil) else { continue }
                tied.append(e)
                if example.map({ e < $0.0 }) ?? true { example = (e, f) }
            }
            for f in group.outside {
                let d = district(f)
                if insideDistricts.contains(d) || (count[d] < problem.cap(d) && canShrink) { tied.append(f) }
            }
        }
        selection.tiedItems = tied.sorted()
        if let (e, f) = example {
            selection.uniqueness = .tied(removing: [problem.items[e].candidate.code],
                                         adding: [problem.items[f].candidate.code])
        }
    }
}
