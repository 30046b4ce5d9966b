/// Why a plan edit was refused. The plan is unchanged whenever one is thrown.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownMeasure(String, known: [String])
    case unknownKPI(String, known: [String])
    case unknownFeature(String, known: [String])
    case notEligible(measure: String, bodies: [String])
    case overCapacity(measure: String, capacity: Int, year: FiscalYear, wanted: Int)
    case notBodyKPI(String)
    case bodyKPI(String)
    case invalidValue(String)
    case resolve(ResolveError)
    case allocation(String)

    public var description: String {
        switch self {
        case let .unknownMeasure(id, known):
            let suggestion = Suggest.closest(id, in: known).map { " — did you mean \($0)?" } ?? " — known: \(known.joined(separator: ", "))"
            return "unknown measure '\(id)'\(suggestion)"
        case let .unknownKPI(id, known):
            let suggestion = Suggest.closest(id, in: known).map { " — did you mean \($0)?" } ?? " — known: \(known.joined(separator: ", "))"
            return "unknown KPI '\(id)'\(suggestion)"
        case let .unknownFeature(name, known):
            let suggestion = Suggest.closest(name, in: known).map { " — did you mean \($0)?" } ?? ""
            return "unknown feature '\(name)'\(suggestion) (features: \(known.joined(separator: ", ")))"
        case let .notEligible(measure, bodies):
            return "\(measure) cannot cover \(bodies.joined(separator: ", ")) (not an eligible kind of body)"
        case let .overCapacity(measure, capacity, year, wanted):
            return "\(measure) covers at most \(capacity) bodies a year; this would make \(wanted) in \(year) (raise it with: capacity \(measure) N)"
        case let .notBodyKPI(id):
            return "KPI \(id) counts bodies: change its value with assign/unassign, not set"
        case let .bodyKPI(id):
            return "KPI \(id) is not counted in bodies"
        case let .invalidValue(message):
            return message
        case let .resolve(error):
            return error.description
        case let .allocation(message):
            return message
        }
    }
}

