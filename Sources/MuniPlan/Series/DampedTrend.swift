/// The forecasting model: Holt's additive damped trend (ETS(A,Ad,N); Gardner and McKenzie,
/// 1985) on the logit of the rate, on a monthly grid, its weights fitted to the last 24
/// months; intervals from the model's own past errors at each horizon.
///
/// Why this: card issuance is a cumulative adoption curve pushed by campaigns (the
/// Mynapoint rounds of 2020–21 and 2022), not a smooth logistic, so a fitted logistic's
/// ceiling and midpoint are not identified from a curve still in its early half. A damped
/// trend follows the recent pace and lets it fade, which is what happens after a campaign;
/// the logit keeps every forecast between 0% and 100%. The one-step residuals of so smooth
/// a series are tiny and say nothing of the next campaign, so the intervals instead
/// resample whole trajectories of the model's h-step errors from the past 24 months' origins,
/// each with a random sign (empirical prediction intervals, Williams and Goodman 1971;
/// symmetrised because a window inside one campaign holds errors of one sign only).
public struct DampedTrend: Sendable, Equatable {
    public let alpha: Double
    public let beta: Double
    public let phi: Double
    /// Level and trend (logit per month) at the origin.
    public let level: Double
    public let trend: Double
    /// The logit of the last observed rate: a cumulative count does not fall below it.
    public let floor: Double
    /// The grid the model was run over (logits a month apart, oldest first).
    public let values: [Double]
    /// Level and trend after each grid point, for the past errors.
    let states: [(level: Double, trend: Double)]

    public static let windowMonths = 24
    public static let minimumPoints = 6
    /// Fewest past error trajectories an interval is drawn from.
    public static let minimumTrajectories = 8
    static let alphas = [0.5, 0.7, 0.9, 1.0]
    static let betas = [0.05, 0.1, 0.2, 0.3, 0.5]
    static let phis = [0.5, 0.7, 0.8, 0.9, 0.95]

    public static func == (a: DampedTrend, b: DampedTrend) -> Bool {
        a.alpha == b.alpha && a.beta == b.beta && a.phi == b.phi && a.values == b.values
    }

    /// Fits the grid `values`: the smoothing weights by least squares of the one-step
    /// errors over the last `windowMonths` (ties: the first in the grid of weights).
    public static func fit(_ values: [Double]) -> DampedTrend? {
        guard values.count >= minimumPoints else { return nil }
        let sse = trialErrors(values)
        // The first smallest in the order alphas × betas × phis, as the trials were once run one by one.
        var best = 0
        for c in sse.indices.dropFirst() where sse[c] < sse[best] { best = c }
        let (a, b, p) = (trials.alpha[best], trials.beta[best], trials.phi[best])
        let fitted = run(values, alpha: a, beta: b, phi: p)
        let end = fitted.states[fitted.states.count - 1]
        return DampedTrend(alpha: a, beta: b, phi: p, level: end.level, trend: end.trend,
                           floor: values[values.count - 1], values: values, states: fitted.states)
    }

    /// The 100 trial weights, alphas outermost, phis innermost.
    static let trials: (alpha: [Double], beta: [Double], phi: [Double]) = {
        var alpha: [Double] = [], beta: [Double] = [], phi: [Double] = []
        for a in alphas { for b in betas { for p in phis { alpha.append(a); beta.append(b); phi.append(p) } } }
        return (alpha, beta, phi)
    }()

    /// Each trial's sum of squared one-step errors over the window: `run`'s arithmetic, step
    /// by step for all trials at once (a loop the compiler vectorises), each trial's
    /// operations the same and in the same order, so the sums are the same to the bit. A
    /// forecast of every body fits some 50,000 grids for its calibration.
    static func trialErrors(_ y: [Double]) -> [Double] {
        let count = trials.alpha.count
        var level = [Double](repeating: y[0], count: count)
        var trend = [Double](repeating: y[1] - y[0], count: count)
        var sse = [Double](repeating: 0, count: count)
        let from = max(2, y.count - windowMonths)
        trials.alpha.withUnsafeBufferPointer { alpha in
            trials.beta.withUnsafeBufferPointer { beta in
                trials.phi.withUnsafeBufferPointer { phi in
                    level.withUnsafeMutableBufferPointer { level in
                        trend.withUnsafeMutableBufferPointer { trend in
                            sse.withUnsafeMutableBufferPointer { sse in
                                for t in 1..<y.count {
                                    let observed = y[t], counted = t >= from
                                    for c in 0..<count {
                                        let predicted = level[c] + phi[c] * trend[c]
                                        let e = observed - predicted
                                        if counted { sse[c] += e * e }
                                        level[c] = predicted + alpha[c] * e
                                        trend[c] = phi[c] * trend[c] + beta[c] * e
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return sse
    }

    /// One trial's run: its sum of squared errors over the window and the states after each point.
    static func run(_ y: [Double], alpha: Double, beta: Double, phi: Double) -> (sse: Double, states: [(level: Double, trend: Double)]) {
        var level = y[0], trend = y[1] - y[0]
        var states: [(level: Double, trend: Double)] = []
        states.reserveCapacity(y.count)
        states.append((level, trend))
        var sse = 0.0
        let from = max(2, y.count - windowMonths)
        for t in 1..<y.count {
            let predicted = level + phi * trend
            let e = y[t] - predicted
            if t >= from { sse += e * e }
            level = predicted + alpha * e
            trend = phi * trend + beta * e
            states.append((level, trend))
        }
        return (sse, states)
    }

    /// The point forecast `step` months after state `state` (logit): level plus damped trend.
    func point(step: Int, from state: (level: Double, trend: Double)) -> Double {
        var y = state.level, damp = 1.0
        for _ in 0..<max(step, 0) { damp *= phi; y += damp * state.trend }
        return y
    }

    /// The point forecast `step` months after the origin, never below the last observation.
    public func point(step: Int) -> Double { max(point(step: step, from: (level, trend)), floor) }

    /// The model's errors 1…`steps` months ahead from each past grid point that has
    /// `steps` months after it: `trajectories[origin][step - 1]`.
    public func pastErrors(steps: Int) -> [[Double]] {
        // Past the window's reach there are no origins (and no range to make: it would trap).
        let first = max(1, values.count - 1 - Self.windowMonths)
        guard steps >= 1, values.count - steps > first else { return [] }
        return (first..<(values.count - steps)).map { origin in
            (1...steps).map { h in values[origin + h] - point(step: h, from: states[origin]) }
        }
    }

    /// `count` simulated paths, `steps` months each, as `paths[path * steps + step - 1]`:
    /// the point forecast plus a past error trajectory drawn at random, with a random sign,
    /// times `scale` (the calibration factor); nil where the series has too few past origins that far back.
    public func paths(count: Int, steps: Int, random: inout RandomSource, scale: Double = 1) -> [Double]? {
        let trajectories = pastErrors(steps: steps)
        guard trajectories.count >= Self.minimumTrajectories else { return nil }
        let points = (1...steps).map { point(step: $0, from: (level, trend)) }
        var out = [Double](repeating: 0, count: count * steps)
        for path in 0..<count {
            let draw = random.next()
            let errors = trajectories[Int((draw >> 1) % UInt64(trajectories.count))]
            let sign = draw & 1 == 0 ? scale : -scale
            for step in 0..<steps { out[path * steps + step] = max(points[step] + sign * errors[step], floor) }
        }
        return out
    }

    /// Every path `paths` can draw, each equally likely: past trajectory j with a plus sign
    /// at 2j, with a minus sign at 2j + 1 (`paths` draws one of these at random). The
    /// simulation counts how often each comes up, so its rates are the forecast's own.
    public func scenarios(steps: Int, scale: Double = 1) -> [[Double]]? {
        let trajectories = pastErrors(steps: steps)
        guard trajectories.count >= Self.minimumTrajectories else { return nil }
        let points = (1...steps).map { point(step: $0, from: (level, trend)) }
        return trajectories.flatMap { errors in
            [scale, -scale].map { sign in (0..<steps).map { max(points[$0] + sign * errors[$0], floor) } }
        }
    }
}
