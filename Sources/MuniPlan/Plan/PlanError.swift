/// Why a plan edit was refused. The plan is unchanged whenever one is thrown.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownMeasure(String, known: [String])
    /// A word that is part of the names of `meant` (what to type for each), and names none whole.
    case measurePartlyNamed(String, meant: [String])
    case unknownKPI(String, known: [String])
    case unknownFeature(String, known: [String])
    case notEligible(measure: String, bodies: [String])
    case overCapacity(measure: String, capacity: Int, year: FiscalYear, wanted: Int)
    case notBodyKPI(String)
    case bodyKPI(String)
    case negativeCapacity
    /// Lowering a capacity below what a year already covers.
    case capacityBelowCovered(measure: String, covered: Int, year: FiscalYear, capacity: Int)
    case tooManyIndicatorColumns(Int)
    case plannedValueOutOfRange
    case rateOver100(kpi: String, value: Double)
    /// A measure named where a KPI is wanted, and it has more than one.
    case severalKPIs(measure: String, kpis: [String])
    case targetOutOfRange(kpi: String)
    case targetNotWhole(kpi: String, value: String)
    case targetOverBodies(kpi: String, value: Int, measure: String, bodies: Int)
    case targetRateOver100(kpi: String, value: String)
    /// A target for the baseline bucket, which records what already happened.
    case targetBeforePlan(kpi: String, year: FiscalYear, first: FiscalYear)
    /// `--clear --fy` naming a year the plan's target is not for.
    case targetNotSetFor(kpi: String, year: FiscalYear, setFor: FiscalYear)
    case resolve(ResolveError)
    case allocation(String)

    public var message: Message {
        switch self {
        case let .unknownMeasure(id, known):
            if let closest = Suggest.closest(id, in: known) { return Message.Plan.unknownMeasureDidYouMean(id: id, suggestion: closest) }
            return Message.Plan.unknownMeasure(id: id, known: MessageList(known))
        case let .measurePartlyNamed(id, meant):
            if meant.count == 1 { return Message.Plan.unknownMeasureDidYouMean(id: id, suggestion: meant[0]) }
            return Message.Plan.unknownMeasureOneOf(id: id, meant: MessageList(meant.map { Message.Plan.measureWord(word: $0) }))
        case let .unknownKPI(id, known):
            if let closest = Suggest.closest(id, in: known) { return Message.Plan.unknownKpiDidYouMean(id: id, suggestion: closest) }
            return Message.Plan.unknownKpi(id: id, known: MessageList(known))
        case let .unknownFeature(name, known):
            if let closest = Suggest.closest(name, in: known) {
                return Message.Plan.unknownFeatureDidYouMean(name: name, suggestion: closest, known: MessageList(known))
            }
            return Message.Plan.unknownFeature(name: name, known: MessageList(known))
        case let .notEligible(measure, bodies):
            return Message.Plan.notEligible(measure: measure, bodies: MessageList(bodies))
        case let .overCapacity(measure, capacity, year, wanted):
            return Message.Plan.overCapacity(measure: measure, capacity: capacity, wanted: wanted, year: year)
        case let .notBodyKPI(id): return Message.Plan.notBodyKpi(id: id)
        case let .bodyKPI(id): return Message.Plan.bodyKpi(id: id)
        case .negativeCapacity: return Message.Plan.negativeCapacity
        case let .capacityBelowCovered(measure, covered, year, capacity):
            return Message.Plan.capacityBelowCovered(measure: measure, covered: covered, year: year, capacity: capacity)
        case let .tooManyIndicatorColumns(total):
            return Message.Plan.tooManyIndicatorColumns(total: total, limit: InputLimits.indicatorColumns)
        case .plannedValueOutOfRange:
            return Message.Plan.plannedValueOutOfRange(range: NumberLimits.range(0...NumberLimits.amount))
        case let .rateOver100(kpi, value): return Message.Plan.rateOver100(kpi: kpi, value: String(value))
        case let .severalKPIs(measure, kpis): return Message.Target.severalKpis(measure: measure, kpis: MessageList(kpis))
        case let .targetOutOfRange(kpi): return Message.Target.outOfRange(kpi: kpi, range: NumberLimits.range(0...NumberLimits.amount))
        case let .targetNotWhole(kpi, value): return Message.Target.notWhole(kpi: kpi, value: value)
        case let .targetOverBodies(kpi, value, measure, bodies):
            return Message.Target.overBodies(kpi: kpi, value: NumberText.grouped(value), bodies: NumberText.grouped(bodies), measure: measure)
        case let .targetRateOver100(kpi, value): return Message.Target.rateOver100(kpi: kpi, value: value)
        case let .targetBeforePlan(kpi, year, first): return Message.Target.beforePlan(kpi: kpi, year: year, first: first)
        case let .targetNotSetFor(kpi, year, setFor): return Message.Target.notSetFor(kpi: kpi, setFor: setFor, year: year)
        case let .resolve(error): return error.message
        case let .allocation(text): return Message.Plan.allocation(text: text)
        }
    }

    public var description: String { message.description }
}
