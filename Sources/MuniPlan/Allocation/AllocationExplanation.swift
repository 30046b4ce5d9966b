/// Why an allocation came out as it did, as values the shell renders (`explain`).
/// Bodies are named by code.
public struct AllocationExplanation: Sendable, Equatable {
    public let policy: AllocationPolicy
    /// Every candidate, excluded ones too, by rank.
    public let candidates: [CandidateExplanation]
    /// Every district of the request, in display order.
    public let districts: [DistrictOutcome]
    /// The constraints that changed the choice.
    public let bindings: [BindingConstraint]
    /// The highest-ranked body that is neither chosen nor excluded.
    public let bestLeftOut: CandidateExplanation?
    public let uniqueness: Uniqueness
    /// Every body whose membership a tie decided (empty when unique).
    public let tiedBodies: [String]
    /// District ties broken by display order (spread and apportion).
    public let districtTies: [DistrictTie]
    /// Quotas, remainders or divisors (apportion only).
    public let apportionment: ApportionmentDetail?
    /// How the budget search went (by need with a budget only).
    public let search: SearchSummary?
    /// Position of each code in `candidates`.
    private let index: [String: Int]

    public init(policy: AllocationPolicy, candidates: [CandidateExplanation], districts: [DistrictOutcome],
                bindings: [BindingConstraint], bestLeftOut: CandidateExplanation?, uniqueness: Uniqueness,
                tiedBodies: [String], districtTies: [DistrictTie], apportionment: ApportionmentDetail?,
                search: SearchSummary?) {
        self.policy = policy
        self.candidates = candidates
        self.districts = districts
        self.bindings = bindings
        self.bestLeftOut = bestLeftOut
        self.uniqueness = uniqueness
        self.tiedBodies = tiedBodies
        self.districtTies = districtTies
        self.apportionment = apportionment
        self.search = search
        index = Dictionary(candidates.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The explanation of one body, if it was a candidate (a dictionary: `explain BODY`
    /// and callers asking for every chosen body stay linear).
    public func candidate(_ code: String) -> CandidateExplanation? {
        index[code].map { candidates[$0] }
    }
}

/// One candidate: its score, rank, and why it is in or out.
public struct CandidateExplanation: Sendable, Equatable {
    public let code: String
    public let district: String
    public let score: Double
    public let cost: Double?
    /// 1 = highest score; equal scores rank by `order`.
    public let rank: Int
    /// Why it is in (nil when left out).
    public let chosenBecause: ChoiceReason?
    /// Why it is out (nil when chosen).
    public let leftOutBecause: LeftOutReason?

    public var chosen: Bool { chosenBecause != nil }

    public init(code: String, district: String, score: Double, cost: Double?, rank: Int,
                chosenBecause: ChoiceReason?, leftOutBecause: LeftOutReason?) {
        self.code = code
        self.district = district
        self.score = score
        self.cost = cost
        self.rank = rank
        self.chosenBecause = chosenBecause
        self.leftOutBecause = leftOutBecause
    }
}

public enum ChoiceReason: Sendable, Equatable, CustomStringConvertible {
    case required
    /// Chosen on its score.
    case need
    /// Held in by the per-district minimum although a higher-scoring body is left out.
    case minPerDistrict
    /// Among the best of its district within the district's share (spread, apportion).
    case districtShare

    public var description: String { message.description }

    public var message: Message {
        switch self {
        case .required: Message.Allocation.chosenRequired
        case .need: Message.Allocation.chosenNeed
        case .minPerDistrict: Message.Allocation.chosenMinPerDistrict
        case .districtShare: Message.Allocation.chosenDistrictShare
        }
    }
}

/// A constraint that made the choice differ from taking the highest scores.
public enum BindingConstraint: Sendable, Equatable, CustomStringConvertible {
    /// `chosen` (in `district`) is held in over higher-scoring `over` (in `overDistrict`).
    case minPerDistrict(min: Int, district: String, chosen: String, over: String, overDistrict: String)
    /// `leftOut` (in `district`) is out because `district` is full; `instead` is the
    /// lower-scoring body chosen elsewhere (nil when a place was free but `district` was full).
    case maxPerDistrict(max: Int, district: String, leftOut: String, instead: String?)
    /// Without the budget the total score would be `scoreWithout` instead of `score`.
    case budget(budget: Double, used: Double, score: Double, scoreWithout: Double, leftOut: String?)
    /// A required body is chosen although `over` scores higher.
    case required(body: String, over: String)
    /// A district's share is capped by its eligible bodies or the maximum (spread, apportion).
    case shareCapped(district: String, cap: Int)

    public var description: String { message.description }

    public var message: Message {
        typealias M = Message.Allocation
        switch self {
        case let .minPerDistrict(min, district, chosen, over, overDistrict):
            return M.bindsMin(min: min, district: district, chosen: chosen, over: over, overDistrict: overDistrict)
        case let .maxPerDistrict(max, district, leftOut, instead):
            guard let instead else { return M.bindsMax(max: max, district: district, leftOut: leftOut) }
            return M.bindsMaxInstead(max: max, district: district, leftOut: leftOut, instead: instead)
        case let .budget(budget, used, score, scoreWithout, leftOut):
            let (budget, used) = (AllocationNumber.text(budget), AllocationNumber.text(used))
            let (score, without) = (Table.Cell.decimal(score, places: 3).plain, Table.Cell.decimal(scoreWithout, places: 3).plain)
            guard let leftOut else { return M.bindsBudget(budget: budget, used: used, score: score, scoreWithout: without) }
            return M.bindsBudgetLeftOut(budget: budget, used: used, score: score, scoreWithout: without, leftOut: leftOut)
        case let .required(body, over):
            return M.bindsRequired(body: body, over: over)
        case let .shareCapped(district, cap):
            return M.bindsShareCapped(district: district, cap: cap)
        }
    }
}

/// Whether another choice is equally good.
public enum Uniqueness: Sendable, Equatable, CustomStringConvertible {
    case unique
    /// An equally good alternative: drop `removing`, take `adding`.
    case tied(removing: [String], adding: [String])
    /// The search stopped at its node limit before proving either way.
    case unproven

    public var description: String { message.description }

    public var message: Message {
        switch self {
        case .unique: Message.Allocation.unique
        case let .tied(removing, adding): Message.Allocation.notUnique(removing: MessageList(removing), adding: MessageList(adding))
        case .unproven: Message.Allocation.uniquenessUnproven
        }
    }
}

/// One district: how many bodies it had, needed, could take and got.
public struct DistrictOutcome: Sendable, Equatable {
    public let district: String
    public let eligible: Int
    public let required: Int
    public let chosen: Int
    /// The policy's share for the district (spread, apportion), else nil.
    public let share: Int?
    public let min: Int
    public let max: Int?

    public init(district: String, eligible: Int, required: Int, chosen: Int, share: Int?, min: Int, max: Int?) {
        self.district = district
        self.eligible = eligible
        self.required = required
        self.chosen = chosen
        self.share = share
        self.min = min
        self.max = max
    }
}

/// Districts that tied for the last place(s): `winners` got them by display order.
public struct DistrictTie: Sendable, Equatable, CustomStringConvertible {
    public let winners: [String]
    public let losers: [String]
    /// The tied value: a remainder, a priority, or a next-best score.
    public let value: Double

    public init(winners: [String], losers: [String], value: Double) {
        self.winners = winners
        self.losers = losers
        self.value = value
    }

    public var description: String { message.description }

    public var message: Message {
        Message.Allocation.districtTie(winners: MessageList(winners), losers: MessageList(losers), value: AllocationNumber.text(value))
    }
}

/// The budget search: nodes visited and the bound it proved against.
public struct SearchSummary: Sendable, Equatable {
    public let nodes: Int
    /// Bodies settled in or out by the bound before branching.
    public let fixedByBound: Int
    /// The LP (Lagrangian) upper bound on the total score.
    public let upperBound: Double
    public let proven: Bool

    public init(nodes: Int, fixedByBound: Int, upperBound: Double, proven: Bool) {
        self.nodes = nodes
        self.fixedByBound = fixedByBound
        self.upperBound = upperBound
        self.proven = proven
    }
}
