/// How `apportion` divides seats between districts.
public enum ApportionMethod: String, CaseIterable, Sendable {
    /// Largest remainder (Hamilton, Hare quota).
    case hamilton
    /// Highest averages with divisors n+1 (D'Hondt, Jefferson).
    case dhondt
    /// Highest averages with divisors n+½ (Webster, Sainte-Laguë).
    case webster
    /// Highest averages with divisors √(n(n+1)) (Huntington–Hill, equal proportions).
    case huntingtonHill = "huntington-hill"
}

/// What a district's weight counts when apportioning.
public enum ApportionBasis: String, CaseIterable, Sendable {
    case population, bodies
}

/// How bodies are chosen.
public enum AllocationPolicy: Sendable, Hashable, CustomStringConvertible {
    /// Maximise the total need score (exactly N bodies; at most N with a budget).
    case byNeed
    /// As even across districts as possible, by need within each district.
    case spread
    /// Split N across districts by an apportionment method, then by need within each.
    case apportion(ApportionMethod, ApportionBasis)

    public var description: String {
        switch self {
        case .byNeed: "by need"
        case .spread: "spread"
        case let .apportion(method, basis): "apportion \(method.rawValue) by \(basis.rawValue)"
        }
    }

    /// `by need` / `必要度順`; the method keeps its name (hamilton), as it is typed.
    public var message: Message {
        switch self {
        case .byNeed: Message.Allocation.policyByNeed
        case .spread: Message.Allocation.policySpread
        case let .apportion(method, basis):
            Message.Allocation.policyApportion(method: method.rawValue,
                                               basis: basis == .population ? Message.Allocation.basisPopulation : Message.Allocation.basisBodies)
        }
    }
}
