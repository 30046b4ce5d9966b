/// Why one body is left out: the single swap that would bring it in and what stops it.
/// Bodies are named by code; `message(naming:)` lets the shell show names instead.
public enum LeftOutReason: Sendable, Equatable, CustomStringConvertible {
    case excluded
    /// Its district has the maximum; with a place elsewhere it would replace `instead`
    /// (lower need), or nil when a place was free.
    case districtAtMax(max: Int, instead: String?)
    /// Its district's share is taken by higher-ranked bodies (spread, apportion); `last`
    /// is the weakest of them, nil when the share holds only required bodies.
    case districtShareFilled(share: Int, last: NeedGap?)
    /// Taking it in place of any weaker body exceeds the budget; `fits` is the body it
    /// could replace within the budget, at a loss of need (nil when none).
    case overBudget(fits: NeedGap?)
    /// It would replace `body` (lower need) in `district`, which the per-district minimum keeps.
    case displacedByMinimum(district: String, body: String)
    /// It would replace `body` (lower need), which is required.
    case displacedByRequired(body: String)
    /// The weakest body it could replace scores more.
    case lowerNeed(NeedGap)
    /// Nothing was chosen that it could replace.
    case outranked
    /// Same score as chosen `body`, which comes first in code order.
    case lostTie(to: String)
    /// Its score is negative and nothing requires it (at most N with a budget).
    case lowersTotal

    public var description: String { message.description }

    /// With codes for bodies.
    public var message: Message { message(naming: { $0 }) }

    public func message(naming name: (String) -> String) -> Message {
        typealias M = Message.Allocation
        typealias R = Message.Reason
        switch self {
        case .excluded: return M.outExcluded
        case let .districtAtMax(max, nil): return M.outDistrictAtMax(max: max)
        case let .districtAtMax(max, instead?): return R.districtAtMaxInstead(max: max, body: name(instead))
        case let .districtShareFilled(share, nil): return M.outDistrictShareFilled(share: share)
        case let .districtShareFilled(share, gap?):
            let (need, other) = gap.texts
            return R.shareFilledLowerNeed(share: share, body: name(gap.body), need: need, other: other)
        case .overBudget(nil): return M.outOverBudget
        case let .overBudget(gap?):
            let (need, other) = gap.texts
            return R.overBudgetFits(body: name(gap.body), need: need, other: other)
        case let .displacedByMinimum(district, body): return M.outDisplacedByMinimum(body: name(body), district: district)
        case let .displacedByRequired(body): return M.outDisplacedByRequired(body: name(body))
        case let .lowerNeed(gap):
            let (need, other) = gap.texts
            return R.lowerNeed(body: name(gap.body), need: need, other: other)
        case .outranked: return M.outOutranked
        case let .lostTie(to): return M.outLostTie(to: name(to))
        case .lowersTotal: return M.outLowersTotal
        }
    }
}

/// A left-out body's need against a chosen body's higher need. (Only the engine makes
/// one, so the memberwise initialiser stays internal.)
public struct NeedGap: Sendable, Equatable {
    /// The chosen body (code).
    public let body: String
    /// The left-out body's score.
    public let need: Double
    /// The chosen body's score.
    public let other: Double

    /// Both scores with three decimals, or as many more as it takes to tell them apart
    /// (1.0715 < 1.0716), up to twelve.
    var texts: (String, String) {
        var places = 3
        while true {
            let pair = (Table.Cell.decimal(need, places: places).plain, Table.Cell.decimal(other, places: places).plain)
            if pair.0 != pair.1 || places >= 12 { return pair }
            places += 1
        }
    }
}
