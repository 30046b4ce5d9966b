/// Need features read from an observed series, so `weight` can aim a measure at real gaps:
/// `card-gap` (the mynumber KPI's target as the plan holds it, minus the body's latest card
/// rate, in points)
/// and `without-card` (residents without a card at the body's latest date).
public enum SeriesIndicator: String, Sendable, Hashable, CaseIterable {
    case cardGap = "card-gap"
    case withoutCard = "without-card"

    /// The measure whose series and KPI they read.
    public static let measure = "mynumber"

    /// Those the data set can give: none without the series, no gap without a target (the
    /// data's, or one the plan sets: `target mynumber 45`).
    public static func available(in dataset: Dataset, plan: Plan) -> [SeriesIndicator] {
        guard dataset.series(of: measure) != nil else { return [] }
        return allCases.filter { $0 != .cardGap || target(in: dataset, plan: plan) != nil }
    }

    static func target(in dataset: Dataset, plan: Plan) -> Double? { plan.kpis(of: measure, in: dataset).lazy.compactMap(\.target).first }

    /// Each body's unscaled value; bodies without an observation have none.
    public func values(in dataset: Dataset, plan: Plan) -> [String: Double] {
        guard let series = dataset.series(of: Self.measure) else { return [:] }
        let target = Self.target(in: dataset, plan: plan)
        var out: [String: Double] = [:]
        for body in dataset.bodies {
            guard let last = series.of(body.code).last else { continue }
            switch self {
            case .cardGap: if let target { out[body.code] = max(target - last.rate, 0) }
            case .withoutCard: out[body.code] = Double(max(last.population - last.cards, 0))
            }
        }
        return out
    }

    /// What it means, for `weights`, `help weight` and `explain`.
    public var explanation: Message {
        switch self {
        case .cardGap: Message.Series.featureCardGap(measure: Self.measure)
        case .withoutCard: Message.Series.featureWithoutCard
        }
    }
}
