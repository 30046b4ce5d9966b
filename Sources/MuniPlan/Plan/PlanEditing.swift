/// Edits that check the data set: eligibility, capacity and names. Each returns a new plan
/// or edits in place, or throws, leaving the plan unchanged.
extension Plan {
    public func measure(_ id: String, in dataset: Dataset) throws(PlanError) -> Measure {
        guard let measure = dataset.measure(id: id) else { throw dataset.unknownMeasure(id) }
        return measure
    }

    /// Adds the bodies to (`adding`) or takes them from a measure's coverage in a year, in
    /// place, as `assign` and `unassign` do; returns the codes that changed (in the order of
    /// `codes`) and how many the measure then covers. Codes `named` one by one must be
    /// eligible to be added; others (selectors: `all`, `kind:…`) are kept only when eligible.
    /// On an error the plan is as it was.
    public mutating func editCoverage(_ codes: [String], adding: Bool, named: (String) -> Bool, measure id: String,
                                      year: FiscalYear, dataset: Dataset) throws(PlanError) -> (changed: [String], total: Int) {
        // Found by id, copied once (a copy for each use was a tenth of the edit).
        guard let index = dataset.measures.firstIndex(where: { $0.id == id }) else { throw dataset.unknownMeasure(id) }
        // What changed is what each insert or remove says it did: the coverage is not read
        // again before and after.
        guard adding else {
            // Removed one by one: the codes of a line are few, and `subtracting` made a set of them.
            return editCovered(id, in: year) { covered in (codes.filter { covered.remove($0) != nil }, covered.count) }
        }
        let measure = dataset.measures[index]
        // By the body's kind, read where the body is (passing the body copied it).
        func eligible(_ rank: Int) -> Bool { measure.isEligible(kind: dataset.bodies[rank].kind) }
        // By rank, each body read where it is: copies of the bodies were a tenth of a script line.
        let ranks = codes.compactMap(dataset.rank(of:))
        let refused = ranks.filter { !eligible($0) && named(dataset.bodies[$0].code) }
        guard refused.isEmpty else { throw .notEligible(measure: id, bodies: refused.map { dataset.bodies[$0].label }) }
        let (added, total) = editCovered(id, in: year) { covered in
            (ranks.compactMap { eligible($0) && covered.insert(dataset.bodies[$0].code).inserted ? dataset.bodies[$0].code : nil }, covered.count)
        }
        do { try checkCapacity(measure, total, year: year, dataset: dataset) } catch {
            // Over capacity: the codes just added are taken out again.
            editCovered(id, in: year) { covered in for code in added { covered.remove(code) } }
            throw error
        }
        return (added, total)
    }

    /// Replaces a measure's coverage for a year (what `allocate` does).
    public func replacingCoverage(_ codes: Set<String>, measure id: String, year: FiscalYear, dataset: Dataset) throws(PlanError) -> Plan {
        let measure = try measure(id, in: dataset)
        try checkCapacity(measure, codes.count, year: year, dataset: dataset)
        var plan = self
        plan.setCovered(codes, measure: id, year: year)
        return plan
    }

    /// Capacities limit the plan's own years; the baseline bucket records what already happened.
    func checkCapacity(_ measure: Measure, _ count: Int, year: FiscalYear, dataset: Dataset) throws(PlanError) {
        guard year >= dataset.firstFiscalYear, let capacity = capacity(of: measure), count > capacity else { return }
        throw .overCapacity(measure: measure.id, capacity: capacity, year: year, wanted: count)
    }

    public func withCapacity(_ n: Int?, measure id: String, dataset: Dataset) throws(PlanError) -> Plan {
        let measure = try measure(id, in: dataset)
        if let n, n < 0 { throw .negativeCapacity }
        if let n {
            let over = years.filter { $0 >= dataset.firstFiscalYear && covered(id, in: $0).count > n }
            if let year = over.first {
                throw .capacityBelowCovered(measure: id, covered: covered(id, in: year).count, year: year, capacity: n)
            }
        }
        var plan = self
        plan.capacities[measure.id] = n
        if n == nil || n == measure.defaultCapacity { plan.capacities[measure.id] = nil }
        return plan
    }

    /// Adds or replaces indicator columns (name → body code → value); a plan holds at most
    /// `InputLimits.indicatorColumns` of them.
    public func settingIndicators(_ columns: [String: [String: Double]]) throws(PlanError) -> Plan {
        let total = Set(indicators.names).union(columns.keys).count
        guard total <= InputLimits.indicatorColumns else {
            throw .tooManyIndicatorColumns(total)
        }
        var plan = self
        for (name, values) in columns.sorted(by: { $0.key < $1.key }) { plan.indicators.set(name, values: values) }
        return plan
    }

    /// Sets the planned value of an event, rate or volume KPI (named by KPI or measure id).
    public func settingValue(_ value: Double?, kpi name: String, year: FiscalYear, dataset: Dataset) throws(PlanError) -> Plan {
        let kpi = try Self.plannedKPI(name, dataset: dataset)
        if let value {
            guard value.isFinite, value >= 0, value <= NumberLimits.amount else {
                throw .plannedValueOutOfRange
            }
            if kpi.kind == .rate, value > 100 { throw .rateOver100(kpi: kpi.id, value: value) }
        }
        var plan = self
        plan.setPlannedValue(value, kpi: kpi.id, year: year)
        return plan
    }

    /// The KPI a planned value belongs to: by KPI id, or by a measure with one such KPI.
    public static func plannedKPI(_ name: String, dataset: Dataset) throws(PlanError) -> KPI {
        let candidates = dataset.kpis.filter { $0.id == name } + dataset.kpis.filter { $0.measure == name && $0.id != name }
        guard let kpi = candidates.first else { throw .unknownKPI(name, known: dataset.kpis.filter { !$0.kind.countsBodies }.map(\.id)) }
        guard !kpi.kind.countsBodies else { throw .notBodyKPI(kpi.id) }
        return kpi
    }
}
