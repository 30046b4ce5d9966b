/// Why a plan edit was refused. The plan is unchanged whenever one is thrown.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownMeasure(String, known: [String])
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
    case resolve(ResolveError)
    case allocation(String)

    public var message: Message {
        switch self {
        case let .unknownMeasure(id, known):
            if let closest = Suggest.closest(id, in: known) { return Message.Plan.unknownMeasureDidYouMean(id: id, suggestion: closest) }
            return Message.Plan.unknownMeasure(id: id, known: MessageList(known))
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
        case let .resolve(error): return error.message
        case let .allocation(text): return Message.Plan.allocation(text: text)
        }
    }

    public var description: String { message.description }
}
