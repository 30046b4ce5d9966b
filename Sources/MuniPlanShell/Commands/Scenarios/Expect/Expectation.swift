/// What an `expect` line asserts.
public enum Expectation: Sendable, Equatable {
    public enum KPIState: String, Sendable, Equatable, CaseIterable { case met, short, over }
    case kpiState(kpi: String, state: KPIState, fy: String?)
    case kpiValue(kpi: String, comparison: Comparison, value: Double, fy: String?)
    case covered(measure: String, bodies: [String], fy: String?, cumulative: Bool)
    case notCovered(measure: String, bodies: [String], fy: String?, cumulative: Bool)
    case count(selectors: [String], comparison: Comparison, value: Int, fy: String?)
    /// The last simulation's P(count ≥ target) compared with `value`; target nil: the KPI's own.
    case probability(kpi: String, target: Double?, comparison: Comparison, value: Double, fy: String?, exact: Bool = false)
    /// A measure's forecast rate at a date OP value, or the odds of it reaching `probability`.
    case forecast(measure: String, bodies: [String], comparison: Comparison, value: Double, at: String?, probability: Double?, seed: UInt64?)
}
