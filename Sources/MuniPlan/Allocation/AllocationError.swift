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

    public var description: String {
        switch self {
        case .stopped:
            return "stopped before the search finished"
        case let .negativeCount(n):
            return "N must not be negative (got \(n))"
        case let .negativeBound(which, value):
            return "\(which) per district must not be negative (got \(value))"
        case let .minAboveMax(min, max):
            return "min \(min) per district > max \(max) per district"
        case let .countTooLarge(what, value, limit):
            return "\(what) must be at most \(NumberText.grouped(limit)) (got \(value))"
        case let .tooManyCandidates(count, limit):
            return "\(NumberText.grouped(count)) candidates: at most \(NumberText.grouped(limit)) can be allocated among"
        case let .invalidBudget(budget):
            return "budget must be a number not below 0 (got \(AllocationNumber.text(budget)))"
        case let .duplicateCandidate(code):
            return "body \(code) is offered twice"
        case let .unknownDistrict(code, district):
            return "body \(code) is in district '\(district)', which is not in the district list"
        case let .invalidScore(code):
            return "body \(code) has no finite need score"
        case let .invalidCost(code, cost):
            return "body \(code) has cost \(AllocationNumber.text(cost)); costs must be numbers not below 0"
        case let .invalidWeight(district, weight):
            return "district \(district) has weight \(AllocationNumber.text(weight)); weights must be numbers not below 0"
        case let .missingCost(codes):
            return "a budget needs a cost for every body; none for \(AllocationNumber.list(codes))"
        case let .requiredAndExcluded(codes):
            return "required and excluded at once: \(AllocationNumber.list(codes))"
        case let .requiredNotEligible(codes):
            return "required but not eligible: \(AllocationNumber.list(codes))"
        case let .unsupportedOption(option, policy):
            return "\(option) does not apply to \(policy)"
        case let .minNeedsMoreThanCount(min, needed, count):
            return "min \(min) per district needs \(needed) bodies but N is \(count)"
        case let .requiredMoreThanCount(required, count):
            return "\(required) bodies are required but N is \(count)"
        case let .minAndRequiredNeedMoreThanCount(min, needed, count):
            return "min \(min) per district with the required bodies needs \(needed) bodies but N is \(count)"
        case let .requiredAboveMax(district, required, max):
            return "\(required) required bodies in \(district) > max \(max) per district"
        case let .districtTooSmall(district, min, available):
            return "min \(min) per district but \(district) has only \(available) eligible "
                + (available == 1 ? "body" : "bodies")
        case let .notEnoughCandidates(count, available):
            return "N is \(count) but only \(available) " + (available == 1 ? "body is" : "bodies are") + " eligible"
        case let .maxAllowsFewer(max, allowed, count):
            return "max \(max) per district allows at most \(allowed) bodies but N is \(count)"
        case let .requiredOverBudget(cost, budget):
            return "required bodies cost \(AllocationNumber.text(cost)) > budget \(AllocationNumber.text(budget))"
        case let .minimumOverBudget(min, cost, budget):
            return "min \(min) per district costs at least \(AllocationNumber.text(cost)) > budget \(AllocationNumber.text(budget))"
        case let .weightlessSeats(placeable, count):
            return "districts with weight 0 get no share: at most \(placeable) bodies can be placed but N is \(count)"
        case let .shareBelowMin(district, share, min, method):
            return "\(method.rawValue) gives \(district) \(share) < min \(min) per district"
        case let .requiredAboveShare(district, required, share, method):
            return "\(required) required bodies in \(district) > its \(method.rawValue) share \(share)"
        case let .tiedBodies(codes):
            return "tie: \(AllocationNumber.list(codes)) have equal scores and not all can be chosen"
        case let .tiedDistricts(winners, losers):
            return "tie between districts: \(winners.joined(separator: ", ")) win over "
                + "\(losers.joined(separator: ", ")) only by display order"
        }
    }
}

/// How numbers and lists appear in messages: whole numbers without decimals.
enum AllocationNumber {
    static func text(_ value: Double) -> String { NumberText.shortest(value) }

    /// At most ten codes, then how many more.
    static func list(_ codes: [String]) -> String {
        let shown = codes.prefix(10).joined(separator: ", ")
        return codes.count > 10 ? shown + " and \(codes.count - 10) more" : shown
    }
}
