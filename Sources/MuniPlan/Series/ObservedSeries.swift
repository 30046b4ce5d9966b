/// A measure's dated observations per body (`Data/mynumber.csv`): the series `kpi`,
/// `trend` and `forecast` read. Sums over bodies add cards and population, so a district's
/// rate is never a mean of rates.
public struct ObservedSeries: Sendable {
    /// The measure the series measures (the file's name without `.csv`).
    public let measure: String
    /// Every body's observations in date order.
    public let observations: [String: [Observation]]
    /// Every date any body was observed on, ascending.
    public let dates: [SeriesDate]

    public init(measure: String, observations: [String: [Observation]]) {
        self.measure = measure
        self.observations = observations
        dates = Array(Set(observations.values.flatMap { $0.map(\.date) })).sorted()
    }

    public var latestDate: SeriesDate? { dates.last }

    public func of(_ code: String) -> [Observation] { observations[code] ?? [] }

    /// The bodies' sum at each date every one of them was observed on.
    public func total(of codes: [String]) -> [Observation] {
        let present = codes.compactMap { observations[$0] }.filter { !$0.isEmpty }
        guard !present.isEmpty else { return [] }
        var sums: [SeriesDate: (population: Int, cards: Int, count: Int)] = [:]
        for series in present {
            for o in series {
                let s = sums[o.date] ?? (0, 0, 0)
                sums[o.date] = (s.population + o.population, s.cards + o.cards, s.count + 1)
            }
        }
        return sums.filter { $0.value.count == present.count }
            .map { Observation(date: $0.key, population: $0.value.population, cards: $0.value.cards) }
            .sorted { $0.date < $1.date }
    }
}
