/// Why an allocation cannot be made. Each reads as one line naming what to change;
/// bodies are named by code (the shell may substitute names).
public enum AllocationError: Error, Sendable, Equatable, CustomStringConvertible {
    case negativeCount(Int)
    /// `which` is "min" or "max".
    case negativeBound(which: String, value: Int)
    case minAboveMax(min: Int, max: Int)
    /// N or a per-district bound beyond `NumberLimits.count` (`what`: "N", "min per district"…).
    case countTooLarge(what: String, value: Int, limit: Int)
    /// More candidates than `NumberLimits.count`: exact integer sums of scores need a bound.
    case tooManyCandidates(count: Int, limit: Int)
    case invalidBudget(Double)
    /// `timeLimit` infinite, NaN or below 0.
    case invalidTimeLimit(Double)
    case duplicateCandidate(String)
    case unknownDistrict(code: String, district: String)
    case invalidScore(code: String)
    case invalidCost(code: String, cost: Double)
    case invalidWeight(district: String, weight: Double)
    /// Bodies without a cost while a budget is given.
    case missingCost([String])
    case requiredAndExcluded([String])
    /// Required bodies that are not among the candidates.
    case requiredNotEligible([String])
    /// An option that the policy cannot honour, e.g. a budget with spread.
    case unsupportedOption(option: String, policy: AllocationPolicy)
    case minNeedsMoreThanCount(min: Int, needed: Int, count: Int)
    case requiredMoreThanCount(required: Int, count: Int)
    case minAndRequiredNeedMoreThanCount(min: Int, needed: Int, count: Int)
    case requiredAboveMax(district: String, required: Int, max: Int)
    case districtTooSmall(district: String, min: Int, available: Int)
    case notEnoughCandidates(count: Int, available: Int)
    case maxAllowsFewer(max: Int, allowed: Int, count: Int)
    case requiredOverBudget(cost: Double, budget: Double)
    case minimumOverBudget(min: Int, cost: Double, budget: Double)
    /// Apportionment cannot place every seat: the remaining districts weigh 0.
    case weightlessSeats(placeable: Int, count: Int)
    case shareBelowMin(district: String, share: Int, min: Int, method: ApportionMethod)
    case requiredAboveShare(district: String, required: Int, share: Int, method: ApportionMethod)
    /// Refused tie: bodies with equal scores compete for the same places.
    case tiedBodies([String])
    /// Refused tie: districts compete for the last place(s) of a share.
    case tiedDistricts(winners: [String], losers: [String])
    /// The caller asked the search to stop (Ctrl-C).
    case stopped

    public var description: String { message.description }

    public var message: Message {
        typealias M = Message.Allocation
        let number = AllocationNumber.text
        let list = AllocationNumber.list
        switch self {
        case .stopped:
            return M.stopped
        case let .negativeCount(n):
            return M.negativeCount(n: n)
        case let .negativeBound(which, value):
            return M.negativeBound(bound: AllocationNumber.bound("\(which) per district"), value: value)
        case let .minAboveMax(min, max):
            return M.minAboveMax(min: min, max: max)
        case let .countTooLarge(what, value, limit):
            return M.countTooLarge(what: AllocationNumber.bound(what), limit: NumberText.grouped(limit), value: value)
        case let .tooManyCandidates(count, limit):
            return M.tooManyCandidates(count: NumberText.grouped(count), limit: NumberText.grouped(limit))
        case let .invalidBudget(budget):
            return M.invalidBudget(budget: number(budget))
        case let .invalidTimeLimit(seconds):
            return M.invalidTimeLimit(seconds: number(seconds))
        case let .duplicateCandidate(code):
            return M.duplicateCandidate(code: code)
        case let .unknownDistrict(code, district):
            return M.unknownDistrict(code: code, district: district)
        case let .invalidScore(code):
            return M.invalidScore(code: code)
        case let .invalidCost(code, cost):
            return M.invalidCost(code: code, cost: number(cost))
        case let .invalidWeight(district, weight):
            return M.invalidWeight(district: district, weight: number(weight))
        case let .missingCost(codes):
            return M.missingCost(codes: list(codes))
        case let .requiredAndExcluded(codes):
            return M.requiredAndExcluded(codes: list(codes))
        case let .requiredNotEligible(codes):
            return M.requiredNotEligible(codes: list(codes))
        case let .unsupportedOption(option, policy):
            return M.unsupportedOption(option: AllocationNumber.bound(option), policy: policy.message)
        case let .minNeedsMoreThanCount(min, needed, count):
            return M.minNeedsMoreThanCount(min: min, needed: needed, n: count)
        case let .requiredMoreThanCount(required, count):
            return M.requiredMoreThanCount(required: required, n: count)
        case let .minAndRequiredNeedMoreThanCount(min, needed, count):
            return M.minAndRequiredNeedMoreThanCount(min: min, needed: needed, n: count)
        case let .requiredAboveMax(district, required, max):
            return M.requiredAboveMax(required: required, district: district, max: max)
        case let .districtTooSmall(district, min, available):
            return M.districtTooSmall(count: available, min: min, district: district)
        case let .notEnoughCandidates(count, available):
            return M.notEnoughCandidates(count: available, n: count)
        case let .maxAllowsFewer(max, allowed, count):
            return M.maxAllowsFewer(max: max, allowed: allowed, n: count)
        case let .requiredOverBudget(cost, budget):
            return M.requiredOverBudget(cost: number(cost), budget: number(budget))
        case let .minimumOverBudget(min, cost, budget):
            return M.minimumOverBudget(min: min, cost: number(cost), budget: number(budget))
        case let .weightlessSeats(placeable, count):
            return M.weightlessSeats(placeable: placeable, n: count)
        case let .shareBelowMin(district, share, min, method):
            return M.shareBelowMin(method: method.rawValue, district: district, share: share, min: min)
        case let .requiredAboveShare(district, required, share, method):
            return M.requiredAboveShare(required: required, district: district, method: method.rawValue, share: share)
        case let .tiedBodies(codes):
            return M.tiedBodies(codes: list(codes))
        case let .tiedDistricts(winners, losers):
            return M.tiedDistricts(winners: MessageList(winners), losers: MessageList(losers))
        }
    }
}

/// How numbers and lists appear in messages: whole numbers without decimals.
enum AllocationNumber {
    static func text(_ value: Double) -> String { NumberText.shortest(value) }

    /// At most ten codes, then how many more.
    static func list(_ codes: [String]) -> any MessageArgument {
        let shown = MessageList(Array(codes.prefix(10)))
        return codes.count > 10 ? Message.Allocation.codesAndMore(shown: shown, more: codes.count - 10) : shown
    }

    /// The words for a bound or option the request names (`min per district`, `a budget`), as
    /// each language says them; anything else as it is.
    static func bound(_ words: String) -> any MessageArgument {
        switch words {
        case "min per district": Message.Allocation.boundMin
        case "max per district": Message.Allocation.boundMax
        case "a budget": Message.Allocation.optionBudget
        default: words
        }
    }
}
