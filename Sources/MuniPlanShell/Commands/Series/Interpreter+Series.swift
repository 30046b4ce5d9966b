import MuniPlan

/// What `kpi MEASURE`, `trend`, `forecast` and `expect forecast` share: the measure's
/// observed series, the rows they are about, and dates as typed.
extension Interpreter {
    /// The series of the measure a word names; refused where the data folder has none.
    func observedSeries(_ word: String) throws(ShellError) -> ObservedSeries {
        let measure = try session.measure(word)
        guard let series = session.dataset.series(of: measure.id) else {
            let known = session.dataset.series.map(\.measure)
            throw .refused(Message.Series.noSeries(measure: measure.id, file: measure.id + ".csv",
                                                   known: MessageList(known.isEmpty ? ["—"] : known)))
        }
        return series
    }

    /// The rows for `terms`: none typed, each district and the total; else the bodies named
    /// (and their total), or with `byDistrict` the districts they fall in.
    func seriesUnits(_ series: ObservedSeries, terms: [String], byDistrict: Bool = false, everyBody: Bool = false) throws(ShellError) -> [SeriesUnit] {
        let dataset = session.dataset
        let codes = terms.isEmpty ? dataset.bodies.map(\.code) : try session.resolve(terms).codes
        let bodies = everyBody || (!terms.isEmpty && !byDistrict)
        return SeriesUnit.units(series, dataset: dataset, codes: codes, bodies: bodies, districts: !bodies || byDistrict)
    }

    /// A date as typed (`2023-03-31`).
    func seriesDate(_ text: String) throws(ShellError) -> SeriesDate {
        guard let date = SeriesDate(text) else { throw .refused(Message.Series.badDate(value: text)) }
        return date
    }

    /// Where a forecast may be asked for: after the last observation, within the model's reach.
    func forecastDate(_ text: String, series: ObservedSeries) throws(ShellError) -> SeriesDate {
        let date = try seriesDate(text)
        guard let last = series.latestDate else { throw .refused(Message.Series.tooShort) }
        guard date > last else { throw .refused(Message.Series.notAfter(date: text, last: last.description)) }
        guard last.months(to: date) <= RateForecaster.maximumMonths else {
            throw .refused(Message.Series.tooFar(date: text, months: Int(RateForecaster.maximumMonths), last: last.description))
        }
        return date
    }

    /// The end of the fiscal year of the measure's first KPI (FY2022 → 2023-03-31), or of
    /// the year edits apply to: where a target is judged.
    func defaultForecastDate(for measure: String) -> String {
        let year = session.plan.kpis(of: measure, in: session.dataset).first?.fiscalYear ?? session.year
        return "\(year.year + 1)-03-31"
    }

    /// The interval calibration for forecasts of `units` at `dates`: every body's past
    /// forecasts at the horizons asked for, worked out once a session.
    func calibration(_ series: ObservedSeries, units: [SeriesUnit], dates: [SeriesDate]) -> IntervalCalibration {
        let origins = Set(units.compactMap { $0.observations.last?.date })
        return session.dataset.calibrations.calibration(of: series, months: Set(origins.flatMap { o in dates.map { IntervalCalibration.months(from: o, to: $0) } }))
    }
}
