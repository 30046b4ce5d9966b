/// KPI targets the plan sets (`target KPI N [--fy FY]`): each replaces the data's target for
/// one KPI. The nationwide data states none (the source's are Fukushima's), so a scenario
/// gives it targets this way (issue 16).
///
/// A KPI has one target and one fiscal year, as the source states each (`fy = "R4"`); a
/// target set with a year moves the KPI's year to it (a cumulative KPI then counts through
/// it, a yearly one is judged on its coverage). Targets that differ from year to year are
/// not modelled: setting one again replaces it.
public struct PlanTargets: Sendable, Equatable {
    public struct Setting: Sendable, Equatable {
        public let value: Double
        /// The year the KPI is judged in; nil keeps the data's.
        public let year: FiscalYear?

        public init(value: Double, year: FiscalYear?) {
            self.value = value
            self.year = year
        }
    }

    /// KPI id → what the plan sets.
    public private(set) var settings: [String: Setting] = [:]

    public init() {}

    public var isEmpty: Bool { settings.isEmpty }

    public subscript(kpi: String) -> Setting? {
        get { settings[kpi] }
        set { settings[kpi] = newValue }
    }
}

extension Plan {
    /// The data's KPIs in catalogue order, each held to the target this plan sets for it:
    /// what every reading of a KPI against a plan goes through.
    public func kpis(in dataset: Dataset) -> [KPI] {
        guard !targets.isEmpty else { return dataset.kpis }
        return dataset.kpis.map { kpi in targets[kpi.id].map { kpi.setting(target: $0.value, year: $0.year) } ?? kpi }
    }

    public func kpis(of measure: String, in dataset: Dataset) -> [KPI] {
        kpis(in: dataset).filter { $0.measure == measure }
    }

    /// The KPI a word names: a KPI id, or a measure (id, name or alias) with one KPI.
    public static func targetKPI(_ word: String, dataset: Dataset) throws(PlanError) -> KPI {
        if let kpi = dataset.kpis.first(where: { $0.id == word }) { return kpi }
        guard let measure = dataset.measureID(for: word) else { throw .unknownKPI(word, known: dataset.kpis.map(\.id)) }
        let kpis = dataset.kpis(of: measure)
        guard kpis.count == 1 else {
            if kpis.isEmpty { throw .unknownKPI(word, known: dataset.kpis.map(\.id)) }
            throw .severalKPIs(measure: measure, kpis: kpis.map(\.id))
        }
        return kpis[0]
    }

    /// Sets (or with nil clears) the target of the KPI `word` names. A count of bodies is a
    /// whole number no larger than the bodies the measure can cover; a rate is at most 100.
    public func settingTarget(_ value: Double?, kpi word: String, year: FiscalYear?, dataset: Dataset) throws(PlanError) -> Plan {
        let kpi = try Self.targetKPI(word, dataset: dataset)
        if let year, year < dataset.firstFiscalYear {
            throw .targetBeforePlan(kpi: kpi.id, year: year, first: dataset.firstFiscalYear)
        }
        var plan = self
        guard let value else {
            if let year, let set = targets[kpi.id], set.year != year {
                throw .targetNotSetFor(kpi: kpi.id, year: year, setFor: set.year ?? kpi.fiscalYear)
            }
            plan.targets[kpi.id] = nil
            return plan
        }
        guard value.isFinite, value >= 0, value <= NumberLimits.amount else { throw .targetOutOfRange(kpi: kpi.id) }
        switch kpi.kind {
        case .bodies, .cumulativeBodies:
            guard NumberText.isWhole(value) else { throw .targetNotWhole(kpi: kpi.id, value: NumberText.shortest(value)) }
            let eligible = dataset.measure(id: kpi.measure).map { m in dataset.bodies.filter(m.isEligible).count } ?? 0
            if value > Double(eligible) {
                throw .targetOverBodies(kpi: kpi.id, value: Int(saturating: value), measure: kpi.measure, bodies: eligible)
            }
        case .rate:
            if value > 100 { throw .targetRateOver100(kpi: kpi.id, value: NumberText.shortest(value)) }
        case .events, .volume: break
        }
        plan.targets[kpi.id] = PlanTargets.Setting(value: value, year: year)
        return plan
    }
}
