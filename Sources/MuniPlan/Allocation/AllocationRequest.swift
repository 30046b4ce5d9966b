/// What to allocate: how many bodies, by which policy, under which constraints.
public struct AllocationRequest: Sendable, Equatable {
    /// The default for `nodeLimit`: far beyond what realistic instances need.
    public static let defaultNodeLimit = 2_000_000

    /// N: exactly N bodies are chosen; with a budget, at most N.
    public var count: Int
    public var policy: AllocationPolicy
    /// Every district applies, including those without candidates: a district with fewer
    /// eligible candidates than the minimum makes the request infeasible.
    public var minPerDistrict: Int?
    public var maxPerDistrict: Int?
    /// Codes that must be chosen; each must be among the candidates.
    public var required: Set<String>
    /// Codes that are never chosen; codes that are not candidates are ignored.
    public var excluded: Set<String>
    /// A ceiling on the total cost of the chosen bodies (by need only); every candidate
    /// that is not excluded then needs a cost.
    public var budget: Double?
    /// Throw instead of breaking a tie that decides which bodies are chosen.
    public var refuseTies: Bool
    /// Every district in display order, even those without candidates. Display order
    /// breaks ties between districts.
    public var districts: [String]
    /// Apportionment weights per district (population or body count, as the caller's
    /// basis says). A missing district weighs 0.
    public var districtWeights: [String: Double]
    /// The most branch-and-bound nodes the fast budget search visits to find and prove the
    /// optimum; past it, GLPK proves it from the best choice found (the certified
    /// fallback). (When the optimum is tied, applying the tie rule may take up to as many again.)
    public var nodeLimit: Int
    /// Seconds the certified fallback may take, all its GLPK solves together; past it, the
    /// best choice found is returned with `optimal == false` ("best found, optimality not
    /// proven"). Nil: no limit. Finite and ≥ 0, or the request is refused.
    public var timeLimit: Double?
    /// Polled between stretches of the budget search: true stops it (`AllocationError.stopped`).
    public var stop: StopCheck = StopCheck()

    public init(count: Int, policy: AllocationPolicy = .byNeed, districts: [String],
                minPerDistrict: Int? = nil, maxPerDistrict: Int? = nil,
                required: Set<String> = [], excluded: Set<String> = [],
                budget: Double? = nil, refuseTies: Bool = false,
                districtWeights: [String: Double] = [:],
                nodeLimit: Int = AllocationRequest.defaultNodeLimit) {
        self.count = count
        self.policy = policy
        self.districts = districts
        self.minPerDistrict = minPerDistrict
        self.maxPerDistrict = maxPerDistrict
        self.required = required
        self.excluded = excluded
        self.budget = budget
        self.refuseTies = refuseTies
        self.districtWeights = districtWeights
        self.nodeLimit = nodeLimit
    }
}

/// A question the engine asks now and then: should it stop? (Ctrl-C at the prompt.)
/// Requests compare equal whatever their checks.
public struct StopCheck: Sendable, Equatable {
    public let requested: @Sendable () -> Bool

    public init(_ requested: @escaping @Sendable () -> Bool = { false }) { self.requested = requested }

    public static func == (_: StopCheck, _: StopCheck) -> Bool { true }
}
