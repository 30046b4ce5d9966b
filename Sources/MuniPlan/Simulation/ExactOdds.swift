/// The odds of a simulation computed exactly instead of sampled. Under the uptake model each
/// body adopts independently of the others, its yearly chances (carry-over included) fixed by
/// the plan, so a KPI's count in a year is a sum of independent Bernoulli variables: its
/// distribution is Poisson-binomial, which `PoissonBinomial` gives without sampling.
public struct ExactOdds: Sendable, Equatable {
    public let setup: SimulationSetup
    /// Per KPI and year index: P(count = n), n = 0 … the measure's candidates.
    let distributions: [[[Double]]]

    public init(setup: SimulationSetup) {
        self.setup = setup
        let years = setup.years.count
        let adoptedBy = setup.adoptedBy
        // KPIs of one measure and kind share their distributions (ict-grant's 41 and 42).
        var cache: [Int: [[Double]]] = [:]
        distributions = setup.kpis.map { kpi in
            let key = kpi.measureIndex * 2 + (kpi.isCumulative ? 1 : 0)
            if let known = cache[key] { return known }
            let range = setup.measureRanges[kpi.measureIndex]
            let byYear = (0..<years).map { t in
                PoissonBinomial.distribution(range.map { c in
                    // A yearly count counts only the bodies the measure covers that year, as the engine does.
                    kpi.isCumulative || setup.coveredMask[c] & (1 << UInt64(t)) != 0 ? adoptedBy[c][t] : 0
                })
            }
            cache[key] = byYear
            return byYear
        }
    }

    public var years: [FiscalYear] { setup.years }
    public var kpis: [SimulatedKPI] { setup.kpis }
    public var lastYearIndex: Int { setup.years.count - 1 }

    /// P(count = n) for KPI k in year index t, n = 0 … the measure's candidates.
    public func distribution(kpi k: Int, year t: Int) -> [Double] { distributions[k][t] }

    /// P(count ≥ threshold).
    public func probability(kpi k: Int, year t: Int, atLeast threshold: Int) -> Double {
        let mass = distributions[k][t]
        guard threshold > 0 else { return 1 }
        guard threshold < mass.count else { return 0 }
        // Summed from the small tail upwards, so a tiny probability keeps its digits.
        return min(1, mass[threshold...].reversed().reduce(0, +))
    }

    /// P(the KPI's own target is met).
    public func probabilityMet(kpi k: Int, year t: Int) -> Double {
        probability(kpi: k, year: t, atLeast: setup.kpis[k].threshold)
    }

    public func mean(kpi k: Int, year t: Int) -> Double {
        distributions[k][t].enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
    }

    /// The q-quantile (0 < q ≤ 1): the smallest count whose cumulative probability reaches q.
    /// A tolerance of 1e-12 keeps rounding in the sum from moving a quantile that sits
    /// exactly on a step (q = 0.5 of a fair coin).
    public func percentile(_ q: Double, kpi k: Int, year t: Int) -> Int {
        var seen = 0.0
        for (count, p) in distributions[k][t].enumerated() {
            seen += p
            if seen >= q - 1e-12 { return count }
        }
        return distributions[k][t].count - 1
    }
}
