import MuniPlan

/// The state of one muniplan session: the data, the plan being edited and its history.
public struct Session: Sendable {
    public let dataset: Dataset
    public let resolver: BodyResolver
    public internal(set) var plan: Plan
    /// The fiscal year edits apply to.
    public internal(set) var year: FiscalYear
    public internal(set) var format: OutputFormat = .table
    /// The plan as last saved (or as started): the prompt marks unsaved changes against it.
    public internal(set) var savedPlan: Plan
    var undoStack = PlanStack()
    var redoStack = PlanStack()
    /// In the order taken; a name taken again replaces the old snapshot.
    var snapshots = SnapshotList()
    /// The last allocation per year and measure, for `explain` and `export allocation`.
    var allocations: [FiscalYear: [String: AllocationRecord]] = [:]
    /// The last `simulate`, for `expect probability` and `export simulation`.
    var simulation: SimulationRecord?

    public init(dataset: Dataset) {
        self.dataset = dataset
        self.resolver = BodyResolver(dataset: dataset)
        self.plan = Plan()
        self.savedPlan = plan
        self.year = dataset.firstFiscalYear
    }

    public var hasUnsavedChanges: Bool { plan != savedPlan }

    /// The bucket before the plan's first year.
    public var baselineYear: FiscalYear { dataset.firstFiscalYear.advanced(by: -1) }

    public var isBaseline: Bool { year < dataset.firstFiscalYear }

    /// `R4`, or `base` for the baseline bucket: what the prompt shows.
    public var yearLabel: String { isBaseline ? "base" : year.era }

    public func describe(_ year: FiscalYear) -> String {
        year < dataset.firstFiscalYear ? "baseline (before \(dataset.firstFiscalYear.token))" : year.description
    }

    /// Replaces the plan, remembering the old one for undo.
    mutating func commit(_ newPlan: Plan) {
        guard newPlan != plan else { return }
        undoStack.append(plan)
        redoStack.removeAll()
        plan = newPlan
    }

    func snapshot(named name: String) -> Plan? { snapshots.plan(named: name) }

    /// Parses a fiscal year as typed, or `baseline`.
    func fiscalYear(_ text: String) throws(ShellError) -> FiscalYear {
        if ["baseline", "base", "before"].contains(text.lowercased()) { return baselineYear }
        do { return try FiscalYear.parse(text) } catch { throw .fiscalYear(error) }
    }

    func measure(_ id: String) throws(ShellError) -> Measure {
        guard let measure = dataset.measure(id: id) else {
            throw .plan(.unknownMeasure(id, known: dataset.measures.map(\.id)))
        }
        return measure
    }

    /// Resolves body arguments to codes in code order: selectors narrow each other
    /// (`kind:village district:会津` is the villages of 会津) and named bodies add to them.
    /// No arguments selects every body.
    func resolve(_ terms: [String], year: FiscalYear? = nil) throws(ShellError) -> (codes: [String], explicit: Set<String>) {
        let when = year ?? self.year
        let plan = self.plan
        let dataset = self.dataset
        let coverage: (String) throws -> Set<String> = { measure in
            guard dataset.measure(id: measure) != nil else { throw PlanError.unknownMeasure(measure, known: []) }
            return plan.covered(measure, in: when)
        }
        var selected: Set<String>? = nil
        var named = Set<String>()
        // A selector already applied the same way changes nothing more: a line repeating
        // `all` or `district:会津` thousands of times costs one pass over the bodies per
        // distinct selector, not one per word.
        var applied = Set<Applied>()
        for term in terms {
            let narrows = term.lowercased() == "all" || term.contains(":")
            let bodies: [Body]
            do throws(ResolveError) {
                if let selector = try resolver.selector(term) {
                    guard applied.insert(Applied(selector: selector, narrows: narrows)).inserted else { continue }
                    bodies = try resolver.bodies(selector, term: term, coverage: coverage)
                } else {
                    bodies = try resolver.bodies(term, coverage: coverage)
                }
            } catch { throw .resolve(error) }
            let codes = Set(bodies.map(\.code))
            if narrows {
                selected = selected.map { $0.intersection(codes) } ?? codes
            } else {
                named.formUnion(codes)
            }
        }
        let result = terms.isEmpty ? Set(dataset.bodies.map(\.code)) : named.union(selected ?? [])
        return (dataset.bodies.map(\.code).filter { result.contains($0) }, named)
    }
}

/// A selector as `Session.resolve` applied it: narrowing the selection, or added to the
/// named bodies (a quoted `' all'` is read as a name that selects every body).
private struct Applied: Hashable {
    let selector: BodySelector
    let narrows: Bool
}

/// What an allocation decided, kept so `explain` can answer later.
struct AllocationRecord: Sendable {
    let options: AllocateOptions
    let count: Int
    let result: AllocationResult
    /// The plan the allocation was made on (scores come from it).
    let plan: Plan
}
