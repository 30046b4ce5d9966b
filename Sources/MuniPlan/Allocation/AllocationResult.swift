/// The bodies chosen, whether that choice is provably optimal and unique, and why.
public struct AllocationResult: Sendable, Equatable {
    /// Codes of the chosen bodies, in the candidates' `order`.
    public let chosen: [String]
    /// True when the choice is proven best for the policy. By need it is an exact
    /// optimum; for spread and apportion the shares follow the method exactly and each
    /// district takes its best bodies. False only when the budget search hit its node limit.
    public let optimal: Bool
    /// True when no other choice is equally good (proven). A tie broken by code order,
    /// or a uniqueness proof cut short by the node limit, makes it false.
    public let unique: Bool
    /// Sum of the chosen bodies' scores.
    public let totalScore: Double
    /// Sum of the chosen bodies' costs, when every chosen body has one.
    public let totalCost: Double?
    /// Chosen bodies per district, for every district of the request (zeros included).
    public let perDistrict: [String: Int]
    public let explanation: AllocationExplanation

    public init(chosen: [String], optimal: Bool, unique: Bool, totalScore: Double,
                totalCost: Double?, perDistrict: [String: Int], explanation: AllocationExplanation) {
        self.chosen = chosen
        self.optimal = optimal
        self.unique = unique
        self.totalScore = totalScore
        self.totalCost = totalCost
        self.perDistrict = perDistrict
        self.explanation = explanation
    }
}
