@testable import MuniPlan

/// The reason `explain` must give each left-out body, read straight off the constraints:
/// every swap of the body for a chosen one is built as a set and checked from scratch
/// (counts per district, required bodies, the budget, summed anew), in the order
/// `LeftOutReasoner` documents. Nothing of the engine's is used but its choice and its ties.
struct SwapReading {
    enum Broken: Hashable { case required, minimum, maximum, budget }

    let request: AllocationRequest
    let explanation: AllocationExplanation
    let byCode: [String: AllocationCandidate]
    let chosen: Set<String>
    /// Chosen codes, weakest first.
    let weakestFirst: [String]

    init(_ candidates: [AllocationCandidate], _ request: AllocationRequest, _ result: AllocationResult) {
        self.request = request
        explanation = result.explanation
        byCode = Dictionary(uniqueKeysWithValues: candidates.map { ($0.code, $0) })
        let chosen = Set(result.chosen)
        self.chosen = chosen
        let ranked = candidates.sorted {
            $0.score != $1.score ? $0.score > $1.score : ($0.order != $1.order ? $0.order < $1.order : $0.code < $1.code)
        }.map(\.code)
        weakestFirst = ranked.reversed().filter { chosen.contains($0) }
        rankOrder = ranked
    }

    private let rankOrder: [String]

    /// What a set of bodies breaks (its size aside).
    func broken(_ set: Set<String>) -> Set<Broken> {
        var broken = Set<Broken>()
        if !request.required.isSubset(of: set) { broken.insert(.required) }
        for district in request.districts {
            let count = set.filter { byCode[$0]?.district == district }.count
            if let min = request.minPerDistrict, count < min { broken.insert(.minimum) }
            if let max = request.maxPerDistrict, count > max { broken.insert(.maximum) }
        }
        if let budget = request.budget, set.reduce(0.0, { $0 + (byCode[$1]?.cost ?? 0) }) > budget { broken.insert(.budget) }
        return broken
    }

    private func score(_ code: String) -> Double { byCode[code]?.score ?? 0 }

    private func gap(_ f: String, _ e: String?) -> NeedGap? {
        guard let e, score(e) > score(f) else { return nil }
        return NeedGap(body: e, need: score(f), other: score(e))
    }

    /// Every left-out body that is not excluded, with its reason.
    func reasons() -> [String: LeftOutReason] {
        var claimed = Set<String>()
        var result: [String: LeftOutReason] = [:]
        for f in rankOrder where !chosen.contains(f) && !request.excluded.contains(f) {
            result[f] = reason(f, &claimed)
        }
        return result
    }

    private func tieExample(_ f: String) -> LeftOutReason? {
        guard explanation.tiedBodies.contains(f), case let .tied(removing, adding) = explanation.uniqueness,
              adding.contains(f), let first = removing.first else { return nil }
        return .lostTie(to: first)
    }

    private func reason(_ f: String, _ claimed: inout Set<String>) -> LeftOutReason {
        let swaps = weakestFirst.map { e in (e, broken(chosen.subtracting([e]).union([f]))) }
        let district = byCode[f]?.district
        guard request.policy == .byNeed else {
            if explanation.tiedBodies.contains(f) {
                if let (e, _) = swaps.first(where: { score($0.0) == score(f) && $0.1.isEmpty }) { return .lostTie(to: e) }
                if let tie = tieExample(f) { return tie }
            }
            let outcome = explanation.districts.first { $0.district == district }
            let last = weakestFirst.first { byCode[$0]?.district == district && !request.required.contains($0) }
            return .districtShareFilled(share: outcome?.share ?? outcome?.chosen ?? 0, last: gap(f, last))
        }
        let fit = swaps.first { $0.1.isEmpty }?.0
        if let fit, score(fit) == score(f) { return .lostTie(to: fit) }
        if let tie = tieExample(f) { return tie }
        let added = broken(chosen.union([f]))
        if chosen.count < request.count {
            if added.contains(.maximum) { return .districtAtMax(max: request.maxPerDistrict ?? 0, instead: nil) }
            if added.contains(.budget) { return .overBudget(fits: gap(f, fit)) }
            return score(f) < 0 ? .lowersTotal : .outranked
        }
        let improving = swaps.filter { score($0.0) < score(f) && !claimed.contains($0.0) }
        if let (e, why) = improving.first(where: { !$0.1.isEmpty && $0.1.isSubset(of: [.required, .minimum]) }) {
            claimed.insert(e)
            if why.contains(.required) { return .displacedByRequired(body: e) }
            return .displacedByMinimum(district: byCode[e]?.district ?? "", body: e)
        }
        if let (e, _) = improving.first(where: { $0.1 == [.maximum] }) {
            claimed.insert(e)
            return .districtAtMax(max: request.maxPerDistrict ?? 0, instead: e)
        }
        let withinBounds = swaps.first { $0.1.isSubset(of: [.budget]) }?.0
        if request.budget != nil, let e = withinBounds, score(e) < score(f) { return .overBudget(fits: gap(f, fit)) }
        if let gap = gap(f, fit) { return .lowerNeed(gap) }
        if added.contains(.maximum) { return .districtAtMax(max: request.maxPerDistrict ?? 0, instead: nil) }
        if request.budget != nil, withinBounds != nil { return .overBudget(fits: nil) }
        let held = weakestFirst.first { e in
            request.required.contains(e) || broken(chosen.subtracting([e])).contains(.minimum)
        }
        if let e = held {
            if request.required.contains(e) { return .displacedByRequired(body: e) }
            return .displacedByMinimum(district: byCode[e]?.district ?? "", body: e)
        }
        return .outranked
    }
}
