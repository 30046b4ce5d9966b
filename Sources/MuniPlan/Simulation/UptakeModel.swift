/// How likely a body the plan supports is to actually adopt what a measure's KPI counts
/// (`uptake.toml`). Every number in it is an assumption, not a figure from the source.
///
/// A body can adopt for a measure only in a year the measure has supported it in, or a
/// later one: the plan's coverage says who gets support, the model how many of them will
/// really adopt. Once adopted, a body stays adopted; coverage in the baseline bucket counts
/// as adopted from the start.
public struct UptakeModel: Sendable, Equatable {
    /// The measure whose coverage means "an advisor was dispatched" (e.g. `advisor`).
    public let advisorMeasure: String
    /// The measure whose coverage means "a grant was given" (e.g. `ict-grant`).
    public let grantMeasure: String
    /// In file order.
    public let measures: [MeasureUptake]
    /// The file it was read from, as messages show it.
    public let file: String

    public init(advisorMeasure: String, grantMeasure: String, measures: [MeasureUptake], file: String) {
        self.advisorMeasure = advisorMeasure
        self.grantMeasure = grantMeasure
        self.measures = measures
        self.file = file
    }

    public func uptake(of measure: String) -> MeasureUptake? { measures.first { $0.measure == measure } }

    /// The support a body has received by a year: an advisor dispatched, a grant given,
    /// both or neither, in that year or an earlier one (the baseline bucket included).
    public func support(of code: String, through year: FiscalYear, plan: Plan) -> SupportState {
        SupportState(advisor: plan.coveredCumulative(advisorMeasure, through: year).contains(code),
                     grant: plan.coveredCumulative(grantMeasure, through: year).contains(code))
    }
}

/// The support a body has received by a year.
public enum SupportState: String, Sendable, CaseIterable, Hashable {
    case none, advisor, grant, both

    public init(advisor: Bool, grant: Bool) {
        switch (advisor, grant) {
        case (false, false): self = .none
        case (true, false): self = .advisor
        case (false, true): self = .grant
        case (true, true): self = .both
        }
    }

    public var hasAdvisor: Bool { self == .advisor || self == .both }
    public var hasGrant: Bool { self == .grant || self == .both }

    /// `both` / `アドバイザー・補助`: the model's word in English, as uptake.toml writes it.
    public var name: Message {
        switch self {
        case .none: Message.Uptake.supportNone
        case .advisor: Message.Uptake.supportAdvisor
        case .grant: Message.Uptake.supportGrant
        case .both: Message.Uptake.supportBoth
        }
    }
}

/// A population band: bodies with fewer than `below` people (the last band: the rest).
public struct SizeBand: Sendable, Equatable {
    public let below: Int?
    public let multiplier: Double

    public init(below: Int?, multiplier: Double) {
        self.below = below
        self.multiplier = multiplier
    }
}

/// One measure's uptake parameters.
public struct MeasureUptake: Sendable, Equatable {
    public let measure: String
    /// The yearly probability of adopting for the reference body (see the file's comments).
    public let base: Double
    /// Multipliers by the support received that year or before. Only the states that can
    /// occur are present: every body the grant measure counts has had the grant.
    public let support: [SupportState: Double]
    public let kinds: [BodyKind: Double]
    /// In increasing order of `below`; the last has none.
    public let sizes: [SizeBand]
    /// The multiplier in a year the measure does not support the body again, after it did.
    public let carryOver: Double

    public init(measure: String, base: Double, support: [SupportState: Double], kinds: [BodyKind: Double],
                sizes: [SizeBand], carryOver: Double) {
        self.measure = measure
        self.base = base
        self.support = support
        self.kinds = kinds
        self.sizes = sizes
        self.carryOver = carryOver
    }

    /// The size multiplier of a population; 1 for a body without one (an association).
    public func sizeMultiplier(population: Int?) -> Double {
        guard let population else { return 1 }
        return sizes.first { $0.below.map { population < $0 } ?? true }?.multiplier ?? 1
    }

    /// The yearly probability that `body` adopts, clamped to [0, 1]; nil when the model has
    /// no multiplier for its kind or support state.
    public func probability(_ body: Body, support state: SupportState, supportedThisYear: Bool) -> Double? {
        guard let s = support[state], let k = kinds[body.kind] else { return nil }
        let p = base * s * k * sizeMultiplier(population: body.population) * (supportedThisYear ? 1 : carryOver)
        return p.isNaN ? 0 : min(1, max(0, p))
    }
}
