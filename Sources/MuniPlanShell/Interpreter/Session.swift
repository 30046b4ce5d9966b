import MuniPlan

/// The state of one muniplan session: the data, the plan being edited and its history.
public struct Session: Sendable {
    /// The data and its resolver never change in a session, and a session is copied for every
    /// command (to roll back a failed one): held by reference, a copy retains one object
    /// rather than every array of the data set twice over.
    private final class Fixed: Sendable {
        let dataset: Dataset
        let resolver: BodyResolver
        init(_ dataset: Dataset) {
            self.dataset = dataset
            self.resolver = BodyResolver(dataset: dataset)
        }
    }

    private let fixed: Fixed
    public var dataset: Dataset { fixed.dataset }
    public var resolver: BodyResolver { fixed.resolver }
    public internal(set) var plan: Plan
    /// The fiscal year edits apply to.
    public internal(set) var year: FiscalYear
    public internal(set) var format: OutputFormat = .table
    /// What every sentence is shown in: from the locale or `--lang`, then `lang ja|en`.
    public var language: Language = .english

    /// The language a table is built in: English for JSON, whose keys and values programs
    /// read whatever the reader's language; else the session's.
    public var tableLanguage: Language { format == .json ? .english : language }
    /// The plan as last saved (or as started): the prompt marks unsaved changes against it.
    public internal(set) var savedPlan: Plan
    var undoStack = PlanStack()
    var redoStack = PlanStack()
    /// In the order taken; a name taken again replaces the old snapshot.
    var snapshots = SnapshotList()
    /// The last allocation per year and measure, for `explain` and `export allocation`.
    var allocations: [FiscalYear: [String: AllocationRecord]] = [:]
    /// The command running now, as typed (its words, quoted where needed): the name its
    /// change has on the undo stack.
    var change = UndoName()
    /// The year and measure `allocate` last chose for: what `explain` alone explains, even
    /// after `fy` moves on.
    var lastAllocation: AllocationKey?
    /// The last `simulate`, for `expect probability` and `export simulation`.
    var simulation: SimulationRecord?
    /// The last `forecast`, for `export forecast`.
    var forecast: ForecastRun?

    public init(dataset: Dataset, language: Language = .english, format: OutputFormat = .table) {
        self.fixed = Fixed(dataset)
        self.language = language
        self.format = format
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

    public func describe(_ year: FiscalYear) -> String { dataset.describe(year) }

    /// Replaces the plan, remembering the old one for undo.
    mutating func commit(_ newPlan: Plan) {
        guard newPlan != plan else { return }
        undoStack.append(plan, over: newPlan, change: change)
        redoStack.removeAll()
        plan = newPlan
    }

    /// Records for undo an edit made to the plan in place, which knows what it changed
    /// (`reverting` turns the plan back into what it was): no plans are compared.
    mutating func committed(reverting delta: PlanDelta) {
        undoStack.append(delta, change: change)
        redoStack.removeAll()
    }

    func snapshot(named name: String) -> Plan? { snapshots.plan(named: name) }

    /// Parses a fiscal year as typed, or `baseline`.
    func fiscalYear(_ text: String) throws(ShellError) -> FiscalYear {
        if ["baseline", "base", "before"].contains(text.lowercased()) { return baselineYear }
        do { return try FiscalYear.parse(text) } catch { throw .fiscalYear(error) }
    }

    /// The measure an id, name or alias names.
    func measure(_ id: String) throws(ShellError) -> Measure {
        guard let measure = dataset.measureID(for: id).flatMap(dataset.measure(id:)) else {
            throw .plan(dataset.unknownMeasure(id))
        }
        return measure
    }

    /// How many bodies `terms` select (`Selection.count`), `covered:` in `year` or the year edits apply to.
    func count(_ terms: [String], year: FiscalYear? = nil) throws(ShellError) -> Int {
        do { return try Selection.count(terms, resolver: resolver, plan: plan, year: year ?? self.year) } catch { throw .resolve(error) }
    }

    /// Resolves body arguments (`Selection` holds the rules), `covered:` in `year` or
    /// the year edits apply to.
    func resolve(_ terms: [String], year: FiscalYear? = nil) throws(ShellError) -> Selection {
        do { return try Selection(terms, resolver: resolver, plan: plan, year: year ?? self.year) } catch { throw .resolve(error) }
    }
}
