/// How the model would have done: fitted on the series up to each past origin, forecast
/// 3 and 6 months ahead, and held against what was then observed. Error in points of
/// rate, bias (forecast minus observed), and how often the 80% and 95% intervals held it.
public struct Backtest: Sendable {
    public struct Score: Sendable, Equatable {
        public let scope: SeriesUnit.Kind
        public let months: Int
        public let count: Int
        public let meanAbsoluteError: Double
        public let bias: Double
        public let coverage80: Double
        public let coverage95: Double
    }

    public static let horizons = [3, 6]
    /// An observation within this many days of origin + h months stands for it.
    static let tolerance = 16

    public let origins: [SeriesDate]
    public let scores: [Score]

    /// Origins: every observed date with 24 months of history before it and an observation
    /// 3 months after it. Each forecast's intervals are widened by `IntervalCalibration`
    /// fitted on the bodies' forecasts whose outcome was observed by its origin. The intervals
    /// are order statistics of past errors, not of paths: nothing is drawn, so no seed is taken.
    public init(series: ObservedSeries, units: [SeriesUnit]) {
        let dates = series.dates
        let origins = dates.filter { d in
            guard let first = dates.first, first <= d.adding(months: -DampedTrend.windowMonths) else { return false }
            return Backtest.target(after: d, months: Backtest.horizons[0], in: dates) != nil
        }
        self.origins = origins
        let calibration = IntervalCalibration(series: series, months: Set(Backtest.horizons))
        let chosen = Set(origins)
        var scores: [Score] = []
        for scope in [SeriesUnit.Kind.body, .total] {
            let records = units.filter { $0.kind == scope }.flatMap { unit in
                (scope == .body ? calibration.byCode[unit.code] : nil)
                    ?? IntervalCalibration.records(unit.observations, dates: dates, months: Set(Backtest.horizons))
            }.filter { chosen.contains($0.origin) }
            for h in Backtest.horizons {
                let scored = records.filter { $0.months == h }
                guard !scored.isEmpty else { continue }
                var hit80 = 0, hit95 = 0
                var byOrigin: [SeriesDate: IntervalCalibration.Factors] = [:]
                for r in scored {
                    let factors = byOrigin[r.origin] ?? calibration.factors(months: h, at: r.origin)
                    byOrigin[r.origin] = factors
                    if r.holds(factors, level: 80) { hit80 += 1 }
                    if r.holds(factors, level: 95) { hit95 += 1 }
                }
                let errors = scored.map { $0.expected - $0.observed }
                let n = Double(errors.count)
                scores.append(Score(scope: scope, months: h, count: errors.count,
                                    meanAbsoluteError: errors.map(abs).reduce(0, +) / n, bias: errors.reduce(0, +) / n,
                                    coverage80: 100 * Double(hit80) / n, coverage95: 100 * Double(hit95) / n))
            }
        }
        self.scores = scores
    }

    /// The observed date nearest origin + `months`, within the tolerance.
    static func target(after origin: SeriesDate, months: Int, in dates: [SeriesDate]) -> SeriesDate? {
        let aim = origin.adding(months: months).dayNumber
        return dates.filter { abs($0.dayNumber - aim) <= tolerance }.min { abs($0.dayNumber - aim) < abs($1.dayNumber - aim) }
    }

    public func table(totalName: any MessageArgument, language: Language = .english) -> Table {
        typealias M = Message.Series
        func say(_ m: Message) -> String { m.text(in: language) }
        let rows = scores.map { s in
            Table.Row([.text(s.scope == .body ? say(M.scopeBodies) : totalName.text(in: language)), .integer(s.months), .integer(s.count),
                       .decimal(s.meanAbsoluteError, places: 2), .decimal(s.bias, places: 2),
                       .decimal(s.coverage80, places: 1), .decimal(s.coverage95, places: 1)])
        }
        let r = { (id: String, label: Message) in Table.Column(id, label: say(label), alignment: .right) }
        let span = origins.isEmpty ? "" : "\(origins[0])–\(origins[origins.count - 1])"
        return Table(name: "backtest", columns: [
            Table.Column("scope", label: say(M.columnScope)), r("months", M.columnMonths), r("forecasts", M.columnForecasts),
            r("mae", M.columnMae), r("bias", M.columnBias), r("coverage80", M.columnCoverage80), r("coverage95", M.columnCoverage95),
        ], rows: rows, footer: [say(M.backtestNote(origins: origins.count, span: span))])
    }
}
