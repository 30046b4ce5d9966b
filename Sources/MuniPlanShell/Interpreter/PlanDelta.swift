import MuniPlan

/// What turns one plan back into an earlier one: the codes each changed year and measure
/// gained and lost, the planned values as they were, and the small parts (capacities,
/// weights, indicators, targets) as they were when they changed. An undo entry keeps this rather
/// than the earlier plan, so its memory is the size of the change, not of the coverage.
/// A part added to `Plan` must be recorded here too (PlanDeltaTests fails until it is).
struct PlanDelta: Sendable {
    private struct CoverageChange: Sendable {
        let year: FiscalYear
        let measure: String
        /// In the later plan only, and in the earlier plan only; each code once.
        let gained: [String]
        let lost: [String]
    }

    private var coverage: [CoverageChange] = []
    private var plannedValues: [(year: FiscalYear, kpi: String, value: Double?)] = []
    private var capacities: [String: Int]?
    private var weights: NeedWeights?
    private var indicators: Indicators?
    private var actuals: Actuals?
    private var targets: PlanTargets?

    /// The change from `earlier` to `later`: `reverting(later)` equals `earlier`.
    init(from earlier: Plan, to later: Plan) {
        // Each year and measure of either plan once, without building sets of their keys (a
        // script line's undo entry was a fifth of its cost).
        for (year, after) in later.coverage { record(year, earlier.coverage[year] ?? [:], after) }
        for (year, before) in earlier.coverage where later.coverage[year] == nil { record(year, before, [:]) }
        for year in Set(earlier.plannedValues.keys).union(later.plannedValues.keys) {
            let before = earlier.plannedValues[year] ?? [:], after = later.plannedValues[year] ?? [:]
            for kpi in Set(before.keys).union(after.keys) where before[kpi] != after[kpi] {
                plannedValues.append((year, kpi, before[kpi]))
            }
        }
        if earlier.capacities != later.capacities { capacities = earlier.capacities }
        if earlier.weights != later.weights { weights = earlier.weights }
        if earlier.indicators != later.indicators { indicators = earlier.indicators }
        if earlier.actuals != later.actuals { actuals = earlier.actuals }
        if earlier.targets != later.targets { targets = earlier.targets }
    }

    private mutating func record(_ year: FiscalYear, _ before: [String: Set<String>], _ after: [String: Set<String>]) {
        func change(_ measure: String, _ old: Set<String>, _ new: Set<String>) {
            // Unchanged sets share storage with the earlier plan's, so this is quick.
            guard old != new else { return }
            // |gained| − |lost| = |new| − |old|: once one side is found, the other is often
            // known empty without a second pass (an edit mostly only adds or only removes).
            let growth = new.count - old.count
            let gained: Set<String>, lost: Set<String>
            if growth >= 0 {
                gained = new.subtracting(old)
                lost = gained.count == growth ? [] : old.subtracting(new)
            } else {
                lost = old.subtracting(new)
                gained = lost.count == -growth ? [] : new.subtracting(old)
            }
            coverage.append(CoverageChange(year: year, measure: measure, gained: Array(gained), lost: Array(lost)))
        }
        for (measure, new) in after { change(measure, before[measure] ?? [], new) }
        for (measure, old) in before where after[measure] == nil { change(measure, old, []) }
    }

    /// The change of one measure's coverage in one year as the edit that made it knows it
    /// (`gained` added, `lost` taken away, nothing else in the plan changed): no set
    /// differences of whole coverages.
    init(year: FiscalYear, measure: String, gained: [String], lost: [String]) {
        coverage = [CoverageChange(year: year, measure: measure, gained: gained, lost: lost)]
    }

    /// The earlier plan, from the later one this change was taken against.
    func reverting(_ later: Plan) -> Plan {
        var plan = later
        for change in coverage {
            let codes = plan.covered(change.measure, in: change.year).subtracting(change.gained).union(change.lost)
            plan.setCovered(codes, measure: change.measure, year: change.year)
        }
        for entry in plannedValues { plan.setPlannedValue(entry.value, kpi: entry.kpi, year: entry.year) }
        if let capacities { plan.capacities = capacities }
        if let weights { plan.weights = weights }
        if let indicators { plan.indicators = indicators }
        if let actuals { plan.actuals = actuals }
        if let targets { plan.targets = targets }
        return plan
    }
}
