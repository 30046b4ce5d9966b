/// A body a simulated measure's plan supports at some point: the only bodies that can adopt.
public struct SimulationCandidate: Sendable, Equatable {
    public let measure: String
    public let body: Body
    /// Covered in the baseline bucket: counted as adopted from the start.
    public let baseline: Bool
    /// The first plan year the measure supports it (nil when baseline).
    public let firstYear: FiscalYear?
    /// Its yearly probability of adopting in each simulated year if it has not yet
    /// (0 before the measure supports it; 1 for a baseline body).
    public let probabilities: [Double]
    /// The support it has received by the last simulated year.
    public let support: SupportState
}

/// A KPI counting a simulated measure's bodies.
public struct SimulatedKPI: Sendable, Equatable {
    public let kpi: KPI
    public let measureIndex: Int
    /// The smallest count that meets the target.
    public let threshold: Int
    /// The plan's own (deterministic) value in each simulated year.
    public let planned: [Int]
    /// Whether the KPI counts every body adopted so far (cumulative), or only those the
    /// measure covers that year.
    public var isCumulative: Bool { kpi.kind == .cumulativeBodies }
}

/// The plan and the uptake model compiled into flat arrays for the engine, with
/// everything a report needs to name what was simulated.
public struct SimulationSetup: Sendable, Equatable {
    public let years: [FiscalYear]
    public let measures: [String]
    /// Grouped by measure (in `measures` order), in code order within a measure.
    public let candidates: [SimulationCandidate]
    /// The candidates of each measure.
    public let measureRanges: [Range<Int>]
    public let kpis: [SimulatedKPI]
    /// Rate KPIs drawn from their observed series, not from the uptake model.
    public let rates: [SimulatedRate]
    /// Measures with KPIs counting bodies that the model does not simulate (their coverage is certain).
    public let notSimulated: [String]
    public let modelFile: String

    /// Per candidate and year: P(adopted by that year) = 1 − Π(1 − p) over the years so
    /// far, the engine's thresholds and the exact odds both read.
    let adoptedBy: [[Double]]
    /// Per candidate and year (candidate-major): the threshold of `adoptedBy`, non-decreasing
    /// over the years (`always` every year for a baseline body).
    let thresholds: [UInt64]
    /// Per candidate: bit t set when the measure covers it in year t.
    let coveredMask: [UInt64]

    public init(dataset: Dataset, plan: Plan, model: UptakeModel, options: SimulationOptions) throws(SimulationError) {
        let modelled = model.measures.map(\.measure)
        let planKPIs = plan.kpis(in: dataset) // with the targets the plan sets
        var measures: [String] = []
        for id in options.measures.isEmpty ? modelled : options.measures where !measures.contains(id) {
            guard dataset.measure(id: id) != nil else { throw .unknownMeasure(id) }
            // A rate with an observed series is drawn from it: it needs no uptake model.
            if !options.measures.isEmpty, model.uptake(of: id) == nil, SimulatedRate.drawsFromSeries(id, kpis: planKPIs, in: dataset) { continue }
            guard model.uptake(of: id) != nil else { throw .notModelled(measure: id, modelled: modelled, file: model.file) }
            measures.append(id)
        }
        let kpiList = planKPIs.filter { measures.contains($0.measure) && $0.kind.countsBodies && $0.target != nil }
        let rateKPIs = planKPIs.filter { $0.kind == .rate && SimulatedRate.drawsFromSeries($0.measure, kpis: planKPIs, in: dataset)
            && (options.measures.isEmpty || options.measures.contains($0.measure)) }
        let first = dataset.firstFiscalYear
        let through = options.through
            ?? ([first] + plan.years + (kpiList + rateKPIs).map(\.fiscalYear)).max() ?? first
        guard through >= first else {
            throw .throughBeforeFirst(through: through, first: first)
        }
        let yearCount = through.year - first.year + 1
        guard yearCount <= SimulationOptions.maxYears else {
            throw .tooManyYears(through: through, max: SimulationOptions.maxYears, first: first)
        }
        let years = (0..<yearCount).map { first.advanced(by: $0) }
        let cumulative = { (measure: String) in years.map { plan.coveredCumulative(measure, through: $0) } }
        let advisorBy = cumulative(model.advisorMeasure)
        let grantBy = cumulative(model.grantMeasure)

        var candidates: [SimulationCandidate] = []
        var ranges: [Range<Int>] = []
        var adoptedBy: [[Double]] = []
        var thresholds: [UInt64] = []
        var masks: [UInt64] = []
        for id in measures {
            guard let uptake = model.uptake(of: id) else { throw .notModelled(measure: id, modelled: modelled, file: model.file) }
            let start = candidates.count
            let before = plan.coveredCumulative(id, through: first.advanced(by: -1))
            let byYear = cumulative(id)
            let firstCovered = plan.firstCovered(id, through: through)
            for body in dataset.bodies where byYear[yearCount - 1].contains(body.code) {
                let isBaseline = before.contains(body.code)
                let firstYear = isBaseline ? nil : firstCovered[body.code]
                var probabilities: [Double] = []
                var mask: UInt64 = 0
                for (t, year) in years.enumerated() {
                    if plan.covered(id, in: year).contains(body.code) { mask |= 1 << UInt64(t) }
                    if isBaseline { probabilities.append(1); continue }
                    guard byYear[t].contains(body.code) else { probabilities.append(0); continue }
                    let state = SupportState(advisor: advisorBy[t].contains(body.code), grant: grantBy[t].contains(body.code))
                    guard let p = uptake.probability(body, support: state, supportedThisYear: mask & (1 << UInt64(t)) != 0) else {
                        throw .noMultiplier(file: model.file, measure: id, body: body.label, kind: body.kind, support: state.rawValue)
                    }
                    probabilities.append(p)
                }
                candidates.append(SimulationCandidate(
                    measure: id, body: body, baseline: isBaseline, firstYear: firstYear, probabilities: probabilities,
                    support: SupportState(advisor: advisorBy[yearCount - 1].contains(body.code),
                                          grant: grantBy[yearCount - 1].contains(body.code))))
                // By year t, P(adopted) = 1 − Π(1 − p) over the years up to t: one draw a run
                // then gives the adoption year (the first t the draw falls under).
                var notYet = 1.0
                let adopted = probabilities.map { p in
                    notYet *= 1 - p
                    return 1 - notYet
                }
                adoptedBy.append(adopted)
                thresholds += adopted.map { ProbabilityThreshold($0).raw }
                masks.append(mask)
            }
            ranges.append(start..<candidates.count)
        }
        self.kpis = kpiList.map { kpi in
            let m = measures.firstIndex(of: kpi.measure) ?? 0
            // A body-counting KPI's value is a count of bodies: a whole number well in range.
            let planned = years.map { Int(saturating: KPIEvaluation.value(of: kpi, plan: plan, year: $0) ?? 0) }
            return SimulatedKPI(kpi: kpi, measureIndex: m, threshold: Self.threshold(kpi.target ?? 0), planned: planned)
        }
        self.rates = SimulatedRate.compile(kpis: planKPIs, dataset: dataset, requested: options.measures, years: years)
        self.years = years
        self.measures = measures
        self.candidates = candidates
        self.measureRanges = ranges
        self.notSimulated = dataset.measures.map(\.id).filter { id in
            !measures.contains(id) && dataset.kpis(of: id).contains { $0.kind.countsBodies }
        }
        self.modelFile = model.file
        self.adoptedBy = adoptedBy
        self.thresholds = thresholds
        self.coveredMask = masks
    }

    /// The smallest whole count ≥ `target` (a count meets a target of 41 at 41). Counts
    /// are ≥ 0, so a target at or below 0 gives 0 (any count meets it); a target beyond
    /// every Int, or NaN, gives `Int.max` (no count meets it). Never traps.
    public static func threshold(_ target: Double) -> Int {
        let up = (target - 1e-9).rounded(.up)
        if up.isNaN { return .max }
        return up <= 0 ? 0 : Int(saturating: up)
    }

    /// The number of candidates of a measure (the largest count a KPI of it can reach).
    public func candidateCount(measure index: Int) -> Int { measureRanges[index].count }
}
