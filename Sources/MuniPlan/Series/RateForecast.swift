import Foundation

/// The expected rate of one series at a date, with 80% and 95% prediction intervals, in
/// percent; `paths` keeps the simulated rates for probabilities (`expect forecast` counts
/// the paths its operator holds for, with the operator's tolerance).
public struct RateForecast: Sendable, Equatable {
    public let date: SeriesDate
    /// The last observation the model saw.
    public let origin: Observation
    public let expected: Double
    public let low80: Double, high80: Double
    public let low95: Double, high95: Double
    /// Every simulated rate at `date`, ascending.
    public let paths: [Double]
    /// How much the intervals were widened by calibration.
    public let factors: IntervalCalibration.Factors

    /// The share of paths at or above `rate` (percent), exactly (no tolerance, unlike
    /// `expect forecast … >=`). Empty when the forecast drew no paths: 0.
    public func probability(atLeast rate: Double) -> Double {
        guard !paths.isEmpty else { return 0 }
        var lo = 0, hi = paths.count
        while lo < hi { let mid = (lo + hi) / 2; if paths[mid] < rate { lo = mid + 1 } else { hi = mid } }
        return Double(paths.count - lo) / Double(paths.count)
    }
}

/// Fits the model to a series and forecasts it; the one place the grid, the logit and the
/// quantiles are made, so `forecast`, `expect forecast` and the backtest agree.
public enum RateForecaster {
    public static let defaultPaths = 1000
    public static let maximumMonths = 24.0

    /// Logits one month apart ending at the last observation and going back to the first,
    /// interpolated linearly between observations; nil where the series is too short.
    public static func grid(_ observations: [Observation]) -> [Double]? {
        guard let last = observations.last, let first = observations.first else { return nil }
        var values: [Double] = []
        var k = Int(first.date.months(to: last.date).rounded(.down))
        var j = 0
        while k >= 0 {
            let date = last.date.adding(months: -k)
            k -= 1
            guard date >= first.date else { continue }
            while j + 1 < observations.count, observations[j + 1].date <= date { j += 1 }
            let a = observations[j]
            let value: Double
            if a.date == date || j + 1 == observations.count {
                value = logit(a.rate)
            } else {
                let b = observations[j + 1]
                let w = Double(date.dayNumber - a.date.dayNumber) / Double(b.date.dayNumber - a.date.dayNumber)
                value = logit(a.rate) * (1 - w) + logit(b.rate) * w
            }
            values.append(value)
        }
        return values.count >= DampedTrend.minimumPoints ? values : nil
    }

    /// The point forecast and the own-error half-widths (logits) `from` → `to`, by linear
    /// interpolation between whole months; nil where too few past origins reach that far.
    struct Reach { let centre: Double, q80: Double, q95: Double, steps: Int, weight: Double }

    static func reach(_ model: DampedTrend, from origin: SeriesDate, to date: SeriesDate) -> Reach? {
        let h = origin.months(to: date)
        let steps = Int(h.rounded(.up))
        guard steps >= 1 else { return nil }
        let w = h - Double(steps - 1)
        let past = model.pastErrors(steps: steps)
        guard past.count >= DampedTrend.minimumTrajectories else { return nil }
        let centre = model.point(step: steps - 1) * (1 - w) + model.point(step: steps) * w
        // The half-widths are order statistics of the past absolute errors at this horizon, at
        // rank ⌈(n + 1)(1 − a)⌉ (split conformal; Vovk et al. 2005): exact under exchangeable errors.
        let sizes = past.map { e in abs((steps == 1 ? 0 : e[steps - 2]) * (1 - w) + e[steps - 1] * w) }.sorted()
        func size(_ level: Double) -> Double { sizes[max(min(sizes.count, Int((Double(sizes.count + 1) * level).rounded(.up))), 1) - 1] }
        return Reach(centre: centre, q80: size(0.8), q95: size(0.95), steps: steps, weight: w)
    }

    /// The forecast of `observations` at `date` (after the last observation), or nil where
    /// the series is too short to fit; `factors` widen the intervals (and the paths, by the
    /// 80% factor) by what calibration found.
    public static func forecast(_ observations: [Observation], at date: SeriesDate, paths count: Int = defaultPaths,
                                random: inout RandomSource, factors: IntervalCalibration.Factors = .none) -> RateForecast? {
        guard let origin = observations.last, let model = model(observations) else { return nil }
        return forecast(model, from: origin, at: date, paths: count, random: &random, factors: factors)
    }

    /// The model fitted to `observations` (nil: too short a series): fitted once, it forecasts
    /// every date asked of it.
    public static func model(_ observations: [Observation]) -> DampedTrend? { grid(observations).flatMap(DampedTrend.fit) }

    /// The forecast at `date` of the series `model` was fitted to, whose last observation is `origin`.
    public static func forecast(_ model: DampedTrend, from origin: Observation, at date: SeriesDate, paths count: Int = defaultPaths,
                                random: inout RandomSource, factors: IntervalCalibration.Factors = .none) -> RateForecast? {
        guard date > origin.date, let reach = reach(model, from: origin.date, to: date),
              let simulated = model.paths(count: count, steps: reach.steps, random: &random, scale: factors.k80) else { return nil }
        let steps = reach.steps
        var rates = (0..<count).map { p in rate(at: reach, model) { simulated[p * steps + $0] } }
        rates.sort()
        let centre = reach.centre
        func bounds(_ half: Double) -> (Double, Double) { (rate(max(centre - half, model.floor)), rate(centre + half)) }
        let (low80, high80) = bounds(factors.k80 * reach.q80), (low95, high95) = bounds(factors.k95 * reach.q95)
        return RateForecast(date: date, origin: origin, expected: rate(centre), low80: low80, high80: high80,
                            low95: low95, high95: high95, paths: rates, factors: factors)
    }

    /// A path's rate at the date `reach` ends on: between its last two whole months, as
    /// `forecast` places the date (`step(i)`: the path's logit i + 1 months ahead).
    static func rate(at reach: Reach, _ model: DampedTrend, step: (Int) -> Double) -> Double {
        let steps = reach.steps, w = reach.weight
        let before = steps == 1 ? model.point(step: 0) : step(steps - 2)
        return rate(before * (1 - w) + step(steps - 1) * w)
    }

    /// The rate at `date` in each of the model's equally likely scenarios (`DampedTrend.scenarios`,
    /// widened as `forecast` widens its paths), in scenario order; nil where `forecast` gives none.
    public static func scenarioRates(_ model: DampedTrend, from origin: Observation, at date: SeriesDate,
                                     factors: IntervalCalibration.Factors = .none) -> [Double]? {
        guard date > origin.date, origin.date.months(to: date) <= maximumMonths, let reach = reach(model, from: origin.date, to: date),
              let scenarios = model.scenarios(steps: reach.steps, scale: factors.k80) else { return nil }
        return scenarios.map { path in rate(at: reach, model) { path[$0] } }
    }

    /// The generator for one series: from the seed and the series' code alone, so a body's
    /// forecast does not depend on which others were asked for.
    public static func random(seed: UInt64, code: String) -> RandomSource { RandomSource(seed: seed, chunk: 0, stream: "forecast:" + code) }

    static func logit(_ percent: Double) -> Double {
        let p = min(max(percent / 100, 0.0005), 0.9995)
        return log(p / (1 - p))
    }

    static func rate(_ logit: Double) -> Double { 100 / (1 + exp(-logit)) }
}
