/// A simulated rate at one year end: the scenarios' rates and how much each weighs, sampled
/// (the share of runs that drew it) or exact (each scenario equally likely).
public struct RateDistribution: Sendable, Equatable {
    /// Percent, in scenario order.
    public let values: [Double]
    /// Summing to 1.
    public let weights: [Double]

    /// No figures: the year end is past the forecast's reach.
    public var isEmpty: Bool { values.isEmpty }

    public var mean: Double { zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } }

    /// P(rate ≥ `rate`), exactly as compared (a rate of 100 is met only at 100).
    public func probability(atLeast rate: Double) -> Double {
        zip(values, weights).reduce(0) { $0 + ($1.0 >= rate ? $1.1 : 0) }
    }

    /// The q-quantile (0 < q ≤ 1): the lowest rate reached by at least q of the weight from
    /// below, as `SimulationResult.percentile` reads counts.
    public func quantile(_ q: Double) -> Double {
        let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
        var seen = 0.0
        for i in order {
            seen += weights[i]
            if seen >= q - 1e-12 { return values[i] }
        }
        return order.last.map { values[$0] } ?? 0
    }
}

extension SimulationResult {
    /// The share of runs meeting the KPI `id` (a count or a rate) in `year`; nil where it was
    /// not simulated, or the year is past a rate's forecast.
    public func probabilityMet(id: String, year: FiscalYear) -> Double? {
        guard let t = yearIndex(year) else { return nil }
        if let k = kpis.firstIndex(where: { $0.kpi.id == id }) { return probabilityMet(kpi: k, year: t) }
        guard let r = setup.rates.firstIndex(where: { $0.kpi.id == id }) else { return nil }
        let d = rateDistribution(rate: r, year: t)
        return d.isEmpty ? nil : d.probability(atLeast: setup.rates[r].target)
    }

    /// Rate KPI r at year index t as the runs drew it.
    public func rateDistribution(rate r: Int, year t: Int) -> RateDistribution {
        let counts = tally.rateHistograms[layout.rateRange(rate: r, year: t)]
        return RateDistribution(values: setup.rates[r].scenarios[t], weights: counts.map { Double($0) / Double(runs) })
    }
}

extension SimulatedRate {
    /// The exact distribution at year index t: every scenario equally likely, as a run draws them.
    public func exactDistribution(year t: Int) -> RateDistribution {
        let n = scenarios[t].count
        return RateDistribution(values: scenarios[t], weights: Array(repeating: 1 / Double(max(n, 1)), count: n))
    }
}
