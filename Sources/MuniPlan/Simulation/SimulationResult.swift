/// What a simulation found: integer counts over runs, and the statistics read from them.
/// Probabilities are shares of runs; their Monte Carlo standard error is √(p(1 − p)/N).
public struct SimulationResult: Sendable, Equatable {
    public let setup: SimulationSetup
    public let runs: Int
    public let seed: UInt64
    let tally: SimulationTally
    let layout: SimulationLayout

    init(setup: SimulationSetup, runs: Int, seed: UInt64, tally: SimulationTally) {
        self.setup = setup
        self.runs = runs
        self.seed = seed
        self.tally = tally
        self.layout = SimulationLayout(setup)
    }

    public var years: [FiscalYear] { setup.years }
    public var kpis: [SimulatedKPI] { setup.kpis }
    public var candidates: [SimulationCandidate] { setup.candidates }
    public var lastYearIndex: Int { setup.years.count - 1 }

    public func yearIndex(_ year: FiscalYear) -> Int? { setup.years.firstIndex(of: year) }

    /// How many runs ended with each count (index = count) for KPI k in year index t.
    public func distribution(kpi k: Int, year t: Int) -> [Int] {
        let n = setup.measureRanges[setup.kpis[k].measureIndex].count
        return Array(tally.histograms[layout.histogramRange(kpi: k, year: t, candidates: n)])
    }

    /// How many runs' count reached `threshold` (a whole number of bodies).
    public func runsReaching(kpi k: Int, year t: Int, atLeast threshold: Int) -> Int {
        let counts = distribution(kpi: k, year: t)
        return counts.indices.filter { $0 >= threshold }.reduce(0) { $0 + counts[$1] }
    }

    /// The share of runs whose count reached `threshold`.
    public func probability(kpi k: Int, year t: Int, atLeast threshold: Int) -> Double {
        Double(runsReaching(kpi: k, year: t, atLeast: threshold)) / Double(runs)
    }

    /// The share of runs meeting the KPI's own target.
    public func probabilityMet(kpi k: Int, year t: Int) -> Double {
        probability(kpi: k, year: t, atLeast: setup.kpis[k].threshold)
    }

    /// The Monte Carlo standard error of a share of this many runs.
    public func standardError(_ p: Double) -> Double {
        (p * (1 - p) / Double(runs)).squareRoot()
    }

    public func mean(kpi k: Int, year t: Int) -> Double {
        let counts = distribution(kpi: k, year: t)
        return Double(counts.indices.reduce(0) { $0 + $1 * counts[$1] }) / Double(runs)
    }

    /// The q-quantile (0 < q ≤ 1) of the count: the smallest count reached or passed by
    /// at least q of the runs, from the low end (the inverse of the empirical distribution).
    public func percentile(_ q: Double, kpi k: Int, year t: Int) -> Int {
        let counts = distribution(kpi: k, year: t)
        // 0 < q ≤ 1, so at most `runs`; saturating all the same.
        let needed = max(1, Int(saturating: (q * Double(runs)).rounded(.up)))
        var seen = 0
        for (count, n) in counts.enumerated() {
            seen += n
            if seen >= needed { return count }
        }
        return counts.count - 1
    }

    /// The share of runs in which candidate c had adopted by the last simulated year.
    public func adoptionProbability(candidate c: Int) -> Double {
        Double(tally.adopted[c]) / Double(runs)
    }

    /// Expected adopters of measure m by the last year among the bodies `include` accepts.
    public func expectedAdopters(measure m: Int, where include: (Body) -> Bool = { _ in true }) -> Double {
        setup.measureRanges[m].filter { include(setup.candidates[$0].body) }
            .reduce(0.0) { $0 + adoptionProbability(candidate: $1) }
    }

    /// Bodies whose adoption moves KPI k's chance of being met in the last year: for each
    /// candidate that adopts in some runs but not all, P(met | adopted) − P(met | not
    /// adopted). Largest difference first; ties in code order.
    public func drivers(kpi k: Int) -> [SimulationDriver] {
        let range = setup.measureRanges[setup.kpis[k].measureIndex]
        let metRuns = runsReaching(kpi: k, year: lastYearIndex, atLeast: setup.kpis[k].threshold)
        var out: [SimulationDriver] = []
        for c in range {
            let adopted = tally.adopted[c]
            guard adopted > 0, adopted < runs else { continue }
            let metAdopted = tally.metAndAdopted[layout.driverOffsets[k] + c - range.lowerBound]
            let given = Double(metAdopted) / Double(adopted)
            let without = Double(metRuns - metAdopted) / Double(runs - adopted)
            out.append(SimulationDriver(candidate: c, adoption: Double(adopted) / Double(runs),
                                        metIfAdopted: given, metIfNot: without))
        }
        return out.enumerated().sorted { a, b in
            a.element.difference != b.element.difference ? a.element.difference > b.element.difference : a.offset < b.offset
        }.map(\.element)
    }
}

/// How much one body's adoption moves a KPI's chance of being met.
public struct SimulationDriver: Sendable, Equatable {
    public let candidate: Int
    /// P(adopted by the last year).
    public let adoption: Double
    /// P(KPI met | adopted), P(KPI met | not adopted).
    public let metIfAdopted: Double
    public let metIfNot: Double
    public var difference: Double { metIfAdopted - metIfNot }
}
