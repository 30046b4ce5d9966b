/// How much wider than its own past errors an interval must be to hold what happened.
///
/// A series' own h-step errors over 24 calm months say little of the next campaign, so
/// intervals drawn from them alone held ~55% (80%) and ~70% (95%) in the backtest. Each
/// past forecast of every body is scaled by that body's own interval half-width (on the
/// logit), `z = |observed − expected| / q`; the factor for a horizon is the conformal
/// quantile of the pooled z of forecasts whose outcome was already observed at the origin
/// (split conformal over bodies and origins), so a backtest origin is widened only by what
/// was known then.
public struct IntervalCalibration: Sendable {
    public struct Factors: Sendable, Equatable {
        public let k80: Double
        public let k95: Double
        /// How many past forecasts they were fitted on (0: none, the factors are 1).
        public let count: Int
        public static let none = Factors(k80: 1, k95: 1, count: 0)
    }

    /// One past forecast whose outcome is observed: its error scaled by its own half-widths.
    public struct Record: Sendable {
        public let origin: SeriesDate
        public let target: SeriesDate
        public let months: Int
        /// Logits: the point forecast, the own half-widths, the floor, what was observed.
        let centre: Double, q80: Double, q95: Double, floor: Double, actual: Double
        public let observed: Double

        public var expected: Double { RateForecaster.rate(centre) }
        var z80: Double { z(q80) }
        var z95: Double { z(q95) }

        func z(_ q: Double) -> Double {
            let e = abs(actual - centre)
            return q > 0 ? e / q : (e == 0 ? 0 : .infinity)
        }

        /// Whether the interval widened by `k` (`level` 80 or 95) held the observation.
        public func holds(_ factors: Factors, level: Int) -> Bool {
            let half = level == 80 ? factors.k80 * q80 : factors.k95 * q95
            return actual >= max(centre - half, floor) && actual <= centre + half
        }
    }

    /// Fewest pooled past forecasts a factor is fitted on; fewer leave the interval as it is.
    public static let minimumRecords = 30

    /// Pooled body records by horizon, ascending by target date.
    let records: [Int: [Record]]
    /// The same records by body code, for a backtest not to fit them twice.
    public let byCode: [String: [Record]]

    /// The pooled past forecasts of every body of `series`, at the horizons `months`.
    public init(series: ObservedSeries, months: Set<Int>) {
        var pooled: [Int: [Record]] = [:], byCode: [String: [Record]] = [:]
        // Each body's past forecasts on the cores there are (a model fit an origin: most of
        // a nationwide forecast's time), pooled in code order as before.
        let codes = series.observations.keys.sorted()
        let perBody = ParallelMap.map(codes.count) { Self.records(series.of(codes[$0]), dates: series.dates, months: months) }
        for (code, own) in zip(codes, perBody) {
            byCode[code] = own
            for r in own { pooled[r.months, default: []].append(r) }
        }
        records = pooled.mapValues { $0.sorted { $0.target < $1.target } }
        self.byCode = byCode
    }

    /// The factors for forecasts `months` ahead made at `origin`: from the past forecasts whose
    /// outcome was observed by then.
    public func factors(months: Int, at origin: SeriesDate) -> Factors {
        let known = (records[months] ?? []).prefix { $0.target <= origin }
        guard known.count >= Self.minimumRecords else { return .none }
        func quantile(_ z: [Double], _ level: Double) -> Double {
            let sorted = z.sorted()
            let rank = min(sorted.count, Int((Double(sorted.count + 1) * level).rounded(.up)))
            return max(sorted[rank - 1], 1)
        }
        return Factors(k80: quantile(known.map(\.z80), 0.8), k95: quantile(known.map(\.z95), 0.95), count: known.count)
    }

    /// The horizon in whole months a forecast `from` → `to` is calibrated at.
    public static func months(from: SeriesDate, to: SeriesDate) -> Int { max(1, Int(from.months(to: to).rounded())) }

    /// Every forecast of one series from each observed date to the observation nearest each
    /// horizon in `months` (within the backtest's tolerance), one fit an origin that has any
    /// (the latest origins have none: they are not fitted).
    public static func records(_ observations: [Observation], dates: [SeriesDate], months: Set<Int>) -> [Record] {
        var out: [Record] = []
        let horizons = months.sorted()
        for (i, origin) in observations.enumerated() {
            let outcomes = horizons.compactMap { m -> (months: Int, actual: Observation)? in
                guard let target = Backtest.target(after: origin.date, months: m, in: dates),
                      let actual = observations[(i + 1)...].first(where: { $0.date == target }) else { return nil }
                return (m, actual)
            }
            guard !outcomes.isEmpty, let model = RateForecaster.model(Array(observations[...i])) else { continue }
            for (m, actual) in outcomes {
                guard let reach = RateForecaster.reach(model, from: origin.date, to: actual.date) else { continue }
                out.append(Record(origin: origin.date, target: actual.date, months: m, centre: reach.centre, q80: reach.q80,
                                  q95: reach.q95, floor: model.floor, actual: RateForecaster.logit(actual.rate), observed: actual.rate))
            }
        }
        return out
    }
}
