/// `forecast`'s table and what `export forecast` writes: one row a unit and date, the
/// expected rate and its 80% and 95% prediction intervals (percent).
public struct ForecastRun: Sendable {
    public let units: [SeriesUnit]
    /// Each unit's forecast at each date (nil: too short a series), `forecasts[unit][date]`.
    public let forecasts: [[RateForecast?]]
    public let dates: [SeriesDate]
    public let measure: String

    /// Forecasts every unit at every date, each from its own seeded stream, its intervals
    /// widened by `calibration` (none: the series' own errors alone).
    public init(measure: String, units: [SeriesUnit], dates: [SeriesDate], seed: UInt64, paths: Int = RateForecaster.defaultPaths,
                calibration: IntervalCalibration? = nil) {
        self.measure = measure
        self.units = units
        self.dates = dates
        // One fit a unit for all its dates; units sharing an origin share its factors.
        var memo = CalibrationFactorMemo(calibration)
        // The factors first (shared, so worked out once each), then each unit's fit and
        // paths on the cores there are: a unit's numbers come from its own seeded stream.
        let unitFactors = units.map { unit in
            dates.map { date in unit.observations.last.map { memo.factors(IntervalCalibration.months(from: $0.date, to: date), at: $0.date) } }
        }
        forecasts = ParallelMap.map(units.count) { u in
            let unit = units[u]
            guard let origin = unit.observations.last, let model = RateForecaster.model(unit.observations) else {
                return dates.map { _ in nil }
            }
            return dates.indices.map { d in
                var random = RateForecaster.random(seed: seed, code: unit.key + "@" + dates[d].description)
                return RateForecaster.forecast(model, from: origin, at: dates[d], paths: paths, random: &random,
                                               factors: unitFactors[u][d] ?? .none)
            }
        }
    }

    /// Every row is a record, the total's too: it is the forecast of the summed series, not
    /// a sum of the rows above it, so exports keep it.
    public func table(language: Language = .english) -> Table {
        typealias M = Message.Series
        func say(_ m: Message) -> String { m.text(in: language) }
        var rows: [Table.Row] = []
        for (u, unit) in units.enumerated() {
            for (d, date) in dates.enumerated() {
                let cells = SeriesTables.name(unit, language) + [.text(date.description)]
                guard let f = forecasts[u][d] else {
                    rows.append(Table.Row(cells + [.empty, .empty, .text(say(M.tooShort)), .empty, .empty, .empty, .empty]))
                    continue
                }
                rows.append(Table.Row(cells + [
                    .text(f.origin.date.description), SeriesTables.rate(f.origin.rate), SeriesTables.rate(f.expected),
                    SeriesTables.rate(f.low80), SeriesTables.rate(f.high80), SeriesTables.rate(f.low95), SeriesTables.rate(f.high95),
                ]))
            }
        }
        let r = { (id: String, label: Message) in Table.Column(id, label: say(label), alignment: .right) }
        return Table(name: "forecast", columns: SeriesTables.head(language) + [
            Table.Column("date", label: say(M.columnForecastDate)),
            Table.Column("observed_date", label: say(M.columnDate)), r("observed", M.columnRate),
            r("expected", M.columnExpected), r("low80", M.columnLow80), r("high80", M.columnHigh80),
            r("low95", M.columnLow95), r("high95", M.columnHigh95),
        ], rows: rows, footer: [say(M.modelNote)] + calibrationNotes(language) + (SeriesSource.attribution(of: measure).map { [say(M.source(source: $0))] } ?? []))
    }

    /// A line a date: how much calibration widened its intervals, and on what.
    func calibrationNotes(_ language: Language) -> [String] {
        dates.indices.compactMap { d in
            guard let f = forecasts.lazy.compactMap({ $0[d] }).first, f.factors.count > 0 else { return nil }
            return Message.Series.calibrationNote(date: f.date.description, months: IntervalCalibration.months(from: f.origin.date, to: f.date),
                                                  k80: Table.Cell.decimal(f.factors.k80, places: 2).display, k95: Table.Cell.decimal(f.factors.k95, places: 2).display,
                                                  count: NumberText.grouped(f.factors.count)).text(in: language)
        }
    }
}
