/// A measure's dated observations per body (`Data/mynumber.csv`): the series `kpi`,
/// `trend` and `forecast` read. Sums over bodies add cards and population, so a district's
/// rate is never a mean of rates.
public struct ObservedSeries: Sendable {
    /// The measure the series measures (the file's name without `.csv`).
    public let measure: String
    /// Every body's observations in date order.
    public let observations: [String: [Observation]]
    /// Every date any body was observed on, ascending: the index sums are kept against.
    public let dates: [SeriesDate]

    public init(measure: String, observations: [String: [Observation]]) {
        self.measure = measure
        self.observations = observations
        dates = Self.union(observations.values)
    }

    public var latestDate: SeriesDate? { dates.last }

    public func of(_ code: String) -> [Observation] { observations[code] ?? [] }

    /// The bodies' sum at each date every one of them was observed on.
    public func total(of codes: [String]) -> [Observation] {
        let present = codes.compactMap { observations[$0] }.filter { !$0.isEmpty }
        guard !present.isEmpty else { return [] }
        // Sums by position in `dates`, which holds every date of every body: each body's
        // rows are walked beside it, with no hashing of dates.
        var population = [Int](repeating: 0, count: dates.count)
        var cards = population, seen = population
        for series in present {
            var d = 0
            for o in series {
                while dates[d] < o.date { d += 1 }
                population[d] += o.population
                cards[d] += o.cards
                seen[d] += 1
            }
        }
        return dates.indices.compactMap { d in
            seen[d] == present.count ? Observation(date: dates[d], population: population[d], cards: cards[d]) : nil
        }
    }

    /// Every date of `all` (each ascending), ascending and once each. A body observed on the
    /// dates already gathered (in the usual file, every body after the first) costs one
    /// comparison a date; another is merged in.
    static func union(_ all: some Sequence<[Observation]>) -> [SeriesDate] {
        var dates: [SeriesDate] = []
        for series in all {
            if series.count == dates.count, zip(series, dates).allSatisfy({ $0.date == $1 }) { continue }
            var merged: [SeriesDate] = []
            merged.reserveCapacity(dates.count + series.count)
            var i = 0, j = 0
            while i < dates.count || j < series.count {
                if j == series.count || (i < dates.count && dates[i] < series[j].date) {
                    merged.append(dates[i]); i += 1
                } else if i == dates.count || series[j].date < dates[i] {
                    merged.append(series[j].date); j += 1
                } else {
                    merged.append(dates[i]); i += 1; j += 1
                }
            }
            dates = merged
        }
        return dates
    }
}
