/// A KPI held against the plan.
public struct KPIResult: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case met
        case over(Double)
        case short(Double)
        /// An event, rate or volume KPI with no planned value yet.
        case notPlanned

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

    public var gap: Double? { value.map { kpi.target - $0 } }
}

public enum KPIEvaluation {
    /// Every KPI in catalogue order against the plan; cumulative KPIs count the baseline and
    /// every year through the evaluated one.
    public static func evaluate(_ plan: Plan, dataset: Dataset, year: FiscalYear? = nil) -> [KPIResult] {
        dataset.kpis.map { evaluate($0, plan: plan, year: year ?? $0.fiscalYear) }
    }

    public static func value(of kpi: KPI, plan: Plan, year: FiscalYear) -> Double? {
        switch kpi.kind {
        case .bodies: Double(plan.covered(kpi.measure, in: year).count)
        case .cumulativeBodies: Double(plan.coveredCumulative(kpi.measure, through: year).count)
        case .events, .rate, .volume: plan.plannedValue(kpi.id, in: year)
        }
    }

    public static func evaluate(_ kpi: KPI, plan: Plan, year: FiscalYear) -> KPIResult {
        let value = value(of: kpi, plan: plan, year: year)
        let status: KPIResult.Status
        if let value {
            let epsilon = 1e-9
            if abs(value - kpi.target) <= epsilon { status = .met } else if value > kpi.target { status = .over(value - kpi.target) } else { status = .short(kpi.target - value) }
        } else {
            status = .notPlanned
        }
        return KPIResult(kpi: kpi, year: year, value: value, status: status)
    }
}
