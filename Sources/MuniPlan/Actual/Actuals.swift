/// What happened, as staff report it (`actual load FILE`): per measure, fiscal year and
/// body, whether the body was covered or a value (a rate, a count). A row without a body
/// is the whole data set's figure (`福島県`, `total`). Part of the plan, like indicators:
/// loading is undone by `undo` and `save` writes it back.
public struct Actuals: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        case covered(Bool)
        case value(Double)
    }

    public struct Key: Sendable, Hashable {
        public let measure: String
        public let year: FiscalYear
        /// Nil: the whole data set.
        public let body: String?

        public init(measure: String, year: FiscalYear, body: String?) {
            self.measure = measure
            self.year = year
            self.body = body
        }
    }

    public private(set) var results: [Key: Result] = [:]

    public init(_ results: [Key: Result] = [:]) { self.results = results }

    public var isEmpty: Bool { results.isEmpty }

    public var count: Int { results.count }

    public func result(_ measure: String, year: FiscalYear, body: String?) -> Result? {
        results[Key(measure: measure, year: year, body: body)]
    }

    /// Each (measure, year) the results speak of, in measure then year order.
    public var groups: [(measure: String, year: FiscalYear)] {
        Set(results.keys.map(GroupKey.init))
            .sorted { ($0.measure, $0.year) < ($1.measure, $1.year) }
            .map { ($0.measure, $0.year) }
    }

    /// The results of one measure in one year, body code → result (the whole's under nil).
    public func results(_ measure: String, year: FiscalYear) -> [String?: Result] {
        var out: [String?: Result] = [:]
        for (key, result) in results where key.measure == measure && key.year == year { out[key.body] = result }
        return out
    }

    /// Bodies reported covered (yes) in the year, or in any year through it.
    public func done(_ measure: String, year: FiscalYear, cumulative: Bool = false) -> Set<String> {
        var out = Set<String>()
        for (key, result) in results where key.measure == measure && (cumulative ? key.year <= year : key.year == year) {
            if let body = key.body, result == .covered(true) { out.insert(body) }
        }
        return out
    }

    /// Whether any covered row (yes or no) speaks of the measure in the year (or through it):
    /// only then is a planned body without a yes "not done".
    public func reportsCoverage(_ measure: String, year: FiscalYear, cumulative: Bool = false) -> Bool {
        results.contains { key, result in
            guard key.measure == measure, cumulative ? key.year <= year : key.year == year else { return false }
            if case .covered = result { return true }
            return false
        }
    }

    /// A (measure, year) pair: what `groups` lists and `replacing` replaces whole.
    private struct GroupKey: Hashable {
        let measure: String
        let year: FiscalYear

        init(_ key: Key) {
            measure = key.measure
            year = key.year
        }
    }
}

extension Actuals {
    public mutating func set(_ result: Result, for key: Key) { results[key] = result }

    /// These results, with every (measure, year) that `newer` holds replaced by its rows: a
    /// corrected file takes back what the old one said for the same measures and years.
    public func replacing(with newer: Actuals) -> Actuals {
        let replaced = Set(newer.results.keys.map(GroupKey.init))
        var out = results.filter { !replaced.contains(GroupKey($0.key)) }
        out.merge(newer.results) { _, new in new }
        return Actuals(out)
    }
}
