/// A rate KPI drawn from its measure's observed series (`Data/mynumber.csv`) instead of from
/// uptake assumptions. At each simulated fiscal year end, every body's rate comes from its own
/// forecast's equally likely scenarios (`DampedTrend.scenarios`: a past miss and a sign), and
/// the prefecture's rate is their cards summed over their population summed, never a mean of rates.
///
/// A run draws one scenario a year end for every body at once (the same past month and sign):
/// a campaign or a deadline moved every body's uptake together, so their misses are drawn
/// together, as they happened. Year ends are drawn apart, so each year's figures are right on
/// their own, not as one path. Bodies whose series hold a different number of past misses
/// take the drawn one modulo their own count.
public struct SimulatedRate: Sendable, Equatable {
    public let kpi: KPI
    /// The target in percent (100 for mynumber's "almost 100%").
    public let target: Double
    /// The series' latest date: what the basis column names.
    public let observedTo: SeriesDate
    /// The prefecture's rate on that date.
    public let observed: Double
    /// Per simulated year: its end, 31 March of the next calendar year.
    public let yearEnds: [SeriesDate]
    /// Per simulated year: the prefecture's rate in each equally likely scenario; one value
    /// where that year end is already observed; none where it is past the forecast's reach.
    public let scenarios: [[Double]]
    /// Bodies whose series is too short to forecast: held at their last observed rate.
    public let heldBodies: Int

    /// The rate KPIs with a target whose measure has an observed series, of the `requested`
    /// measures (none: every one), simulated over `years`; `kpis` carry the plan's targets.
    static func compile(kpis: [KPI], dataset: Dataset, requested: [String], years: [FiscalYear]) -> [SimulatedRate] {
        kpis.compactMap { kpi in
            guard kpi.kind == .rate, let target = kpi.target, requested.isEmpty || requested.contains(kpi.measure),
                  let series = dataset.series(of: kpi.measure) else { return nil }
            return SimulatedRate(kpi: kpi, target: target, series: series, codes: dataset.bodies.map(\.code), years: years,
                                 calibrations: dataset.calibrations)
        }
    }

    /// Whether a measure is simulated from its series here (a rate KPI with a target): a
    /// measure `simulate` may be given without an uptake model.
    static func drawsFromSeries(_ measure: String, kpis: [KPI], in dataset: Dataset) -> Bool {
        dataset.series(of: measure) != nil && kpis.contains { $0.measure == measure && $0.kind == .rate && $0.target != nil }
    }

    /// `calibrations`: the data set's, where `series` is one of its own (a fresh one: none reused).
    init?(kpi: KPI, target: Double, series: ObservedSeries, codes: [String], years: [FiscalYear],
          calibrations: CalibrationCache = CalibrationCache()) {
        let bodies = codes.map(series.of).filter { !$0.isEmpty }
        let total = series.total(of: codes)
        guard let latest = total.last, let last = series.latestDate else { return nil }
        self.kpi = kpi
        self.target = target
        observedTo = last
        observed = latest.rate
        yearEnds = years.compactMap { SeriesDate(year: $0.year + 1, month: 3, day: 31) }
        // The horizons calibrated: each body's origin to each year end the forecast may reach.
        let months = Set(yearEnds.flatMap { end in bodies.compactMap { $0.last }
            .filter { $0.date < end && $0.date.months(to: end) <= RateForecaster.maximumMonths }
            .map { IntervalCalibration.months(from: $0.date, to: end) } })
        var calibration = CalibrationFactorMemo(calibrations.calibration(of: series, months: months))
        let models = bodies.map(RateForecaster.model)
        heldBodies = models.filter { $0 == nil }.count
        let population = Double(bodies.reduce(0) { $0 + ($1.last?.population ?? 0) })
        scenarios = yearEnds.map { end in
            if end <= last { return [total.last { $0.date <= end }?.rate ?? latest.rate] }
            // Each body's rates at `end`, one a scenario (one only where held or observed).
            var own: [[Double]] = []
            for (series, model) in zip(bodies, models) {
                guard let origin = series.last else { continue }
                if let model, origin.date < end {
                    let factors = calibration.factors(IntervalCalibration.months(from: origin.date, to: end), at: origin.date)
                    guard let rates = RateForecaster.scenarioRates(model, from: origin, at: end, factors: factors) else { return [] }
                    own.append(rates)
                } else {
                    own.append([(series.last { $0.date <= end } ?? origin).rate])
                }
            }
            let pairs = own.map { $0.count / 2 }.max() ?? 0
            guard pairs > 0, population > 0 else { return [own.isEmpty ? latest.rate : Self.sum(own, at: 0, bodies: bodies)] }
            return (0..<(2 * pairs)).map { Self.sum(own, at: $0, bodies: bodies) }
        }
    }

    /// The prefecture's rate in scenario `s`: each body's cards in its scenario (the past miss
    /// drawn, modulo its own count, with the sign drawn) summed over the summed population.
    static func sum(_ own: [[Double]], at s: Int, bodies: [[Observation]]) -> Double {
        var cards = 0.0, people = 0.0
        for (rates, series) in zip(own, bodies) {
            let population = Double(series.last?.population ?? 0)
            let index = rates.count == 1 ? 0 : 2 * ((s / 2) % (rates.count / 2)) + s % 2
            cards += rates[index] * population
            people += population
        }
        return people > 0 ? cards / people : 0
    }

    /// What the row's figures stand on, as its basis column says it.
    public var basis: Message { Message.Rates.basisObserved(date: observedTo.description) }
}
