/// A KPI held against the plan.
public struct KPIResult: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case met
        case over(Double)
        case short(Double)
        /// An event, rate or volume KPI with no planned value yet.
        case notPlanned
        /// The data set states no target for it (the nationwide file).
        case noTarget

        public var isMet: Bool {
            switch self {
            case .met, .over: true
            default: false
            }
        }
    }

    public let kpi: KPI
    /// The year the plan was evaluated in (the KPI's own unless asked otherwise).
    public let year: FiscalYear
    public let value: Double?
    public let status: Status

    public init(kpi: KPI, year: FiscalYear, value: Double?, status: Status, emptyBaseline: Bool = false) {
        self.kpi = kpi
        self.year = year
        self.value = value
        self.status = status
        self.emptyBaseline = emptyBaseline
    }

    public var gap: Double? {
        guard let target = kpi.target, let value else { return nil }
        return target - value
    }

    /// A cumulative (累計) KPI counted with nothing in the baseline bucket: every body it
    /// counts must then come from the plan's own years, which the source does not say.
    public let emptyBaseline: Bool
}

public enum KPIEvaluation {
    /// Every KPI in catalogue order against the plan, held to the targets it sets; cumulative
    /// KPIs count the baseline and every year through the evaluated one.
    public static func evaluate(_ plan: Plan, dataset: Dataset, year: FiscalYear? = nil) -> [KPIResult] {
        plan.kpis(in: dataset).map { evaluate($0, plan: plan, year: year ?? $0.fiscalYear, baselineYear: dataset.firstFiscalYear) }
    }

    public static func value(of kpi: KPI, plan: Plan, year: FiscalYear) -> Double? {
        switch kpi.kind {
        case .bodies: Double(plan.covered(kpi.measure, in: year).count)
        case .cumulativeBodies: Double(plan.coveredCumulative(kpi.measure, through: year).count)
        case .events, .rate, .volume: plan.plannedValue(kpi.id, in: year)
        }
    }

    /// `baselineYear`: the data set's first fiscal year, to say whether a cumulative KPI
    /// counts anything before it (nil: not asked).
    public static func evaluate(_ kpi: KPI, plan: Plan, year: FiscalYear, baselineYear: FiscalYear? = nil) -> KPIResult {
        let value = value(of: kpi, plan: plan, year: year)
        let status: KPIResult.Status
        if let value, let target = kpi.target {
            let epsilon = 1e-9
            if abs(value - target) <= epsilon { status = .met } else if value > target { status = .over(value - target) } else { status = .short(target - value) }
        } else {
            status = kpi.target == nil ? .noTarget : .notPlanned
        }
        let emptyBaseline = kpi.kind == .cumulativeBodies && baselineYear.map { plan.coveredBefore(kpi.measure, $0).isEmpty } == true
        return KPIResult(kpi: kpi, year: year, value: value, status: status, emptyBaseline: emptyBaseline)
    }
}
