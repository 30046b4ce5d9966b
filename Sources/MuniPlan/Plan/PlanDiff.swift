/// What changed between two plans: bodies gained and lost per measure and year, other
/// settings, KPI values that moved, and KPI targets the plans set differently.
public struct PlanDiff: Sendable {
    public struct CoverageChange: Sendable, Equatable {
        public let year: FiscalYear
        public let measure: String
        public let gained: [String]
        public let lost: [String]
    }

    public struct KPIChange: Sendable, Equatable {
        public let kpi: KPI
        public let before: KPIResult
        public let after: KPIResult
    }

    /// A KPI's target or year as the two plans hold it (`target`), and how the second plan
    /// stands against it.
    public struct TargetChange: Sendable, Equatable {
        public let before: KPI
        public let after: KPI
        public let result: KPIResult
    }

    public let coverage: [CoverageChange]
    public let kpis: [KPIChange]
    public let targets: [TargetChange]
    /// Capacities, weights, indicators, planned values: one line each.
    public let settings: [Message]
    private let dataset: Dataset

    public init(from a: Plan, to b: Plan, dataset: Dataset) {
        self.dataset = dataset
        var coverage: [CoverageChange] = []
        for year in Set(a.years + b.years).sorted() {
            for measure in dataset.measures.map(\.id) {
                let before = a.covered(measure, in: year), after = b.covered(measure, in: year)
                guard before != after else { continue }
                let order = dataset.bodies.map(\.code)
                coverage.append(CoverageChange(year: year, measure: measure,
                                               gained: order.filter { after.contains($0) && !before.contains($0) },
                                               lost: order.filter { before.contains($0) && !after.contains($0) }))
            }
        }
        self.coverage = coverage
        let resultsA = KPIEvaluation.evaluate(a, dataset: dataset), resultsB = KPIEvaluation.evaluate(b, dataset: dataset)
        kpis = zip(resultsA, resultsB).filter { $0.value != $1.value }.map { KPIChange(kpi: $0.kpi, before: $0, after: $1) }
        // Results come in the plans' KPI order, the data's: one a KPI in both.
        targets = a.targets == b.targets ? [] : zip(resultsA, resultsB).compactMap { old, new in
            old.kpi.target == new.kpi.target && old.kpi.fiscalYear == new.kpi.fiscalYear ? nil
                : TargetChange(before: old.kpi, after: new.kpi, result: new)
        }
        var settings: [Message] = []
        func capacity(_ n: Int?) -> any MessageArgument { n.map(String.init) ?? Message.Plan.diffDefault }
        for measure in Set(a.capacities.keys).union(b.capacities.keys).sorted() where a.capacities[measure] != b.capacities[measure] {
            settings.append(Message.Plan.diffCapacity(measure: measure, before: capacity(a.capacities[measure]),
                                                      after: capacity(b.capacities[measure])))
        }
        if a.weights != b.weights { settings.append(Message.Plan.diffWeights) }
        if a.indicators != b.indicators {
            settings.append(Message.Plan.diffIndicators(before: a.indicators.names.joined(separator: " "),
                                                        after: b.indicators.names.joined(separator: " ")))
        }
        func planned(_ value: Double?) -> any MessageArgument { value.map { "\($0)" } ?? Message.Plan.diffNone }
        for year in Set(a.plannedValues.keys).union(b.plannedValues.keys).sorted() {
            for kpi in dataset.kpis.map(\.id) where a.plannedValue(kpi, in: year) != b.plannedValue(kpi, in: year) {
                settings.append(Message.Plan.diffPlannedValue(kpi: kpi, year: year.short, before: planned(a.plannedValue(kpi, in: year)),
                                                              after: planned(b.plannedValue(kpi, in: year))))
            }
        }
        self.settings = settings
    }

    public var isEmpty: Bool { coverage.isEmpty && kpis.isEmpty && targets.isEmpty && settings.isEmpty }

    /// One row per change: coverage first, then KPIs, targets and settings, with kinds of change,
    /// statuses and settings in `language`.
    public func table(describe: (FiscalYear) -> String, language: Language = .english) -> Table {
        func text(_ message: Message) -> Table.Cell { .text(message.text(in: language)) }
        func names(_ codes: [String]) -> String { codes.compactMap { dataset.body(code: $0)?.name }.joined(separator: " ") }
        var rows: [Table.Row] = coverage.map {
            Table.Row([text(Message.Plan.diffCoverage), .text(describe($0.year)), .text($0.measure),
                       .text($0.gained.isEmpty ? "" : "+\($0.gained.count) " + names($0.gained)),
                       .text($0.lost.isEmpty ? "" : "−\($0.lost.count) " + names($0.lost))])
        }
        rows += kpis.map {
            Table.Row([text(Message.Plan.columnKpi), .text(describe($0.after.year)), .text($0.kpi.id),
                       .text(Self.value($0.before, language) + " → " + Self.value($0.after, language)), text(Self.status($0.after))])
        }
        rows += targets.map {
            Table.Row([text(Message.Target.diffChange), .text(describe($0.after.fiscalYear)), .text($0.after.id),
                       .text(Self.target($0.before, beside: $0.after, language) + " → " + Self.target($0.after, beside: $0.before, language)),
                       text(Self.status($0.result))])
        }
        rows += settings.map { Table.Row([text(Message.Plan.diffSetting), .empty, .empty, text($0), .empty]) }
        func column(_ id: String, _ label: Message) -> Table.Column { Table.Column(id, label: label.text(in: language)) }
        return Table(name: "diff", columns: [
            column("change", Message.Plan.diffColumnChange), column("fy", Message.Plan.columnFy),
            column("what", Message.Plan.diffColumnWhat), column("gained", Message.Plan.diffColumnGained),
            column("lost", Message.Plan.diffColumnLost),
        ], rows: rows)
    }

    static func value(_ r: KPIResult, _ language: Language) -> String {
        r.value.map(NumberText.shortest) ?? Message.Plan.diffNone.text(in: language)
    }

    /// A target as a diff row shows it, with its year where the other side's differs.
    static func target(_ kpi: KPI, beside other: KPI, _ language: Language) -> String {
        let value = kpi.target == nil ? Message.Plan.diffNone.text(in: language) : KPIFormat.target(kpi).text(in: language)
        guard kpi.fiscalYear != other.fiscalYear else { return value }
        return Message.Target.diffInYear(target: value, year: kpi.fiscalYear.short).text(in: language)
    }

    static func status(_ r: KPIResult) -> Message {
        switch r.status {
        case .met: Message.Plan.statusMet
        case .over: Message.Plan.diffOver
        case .short: Message.Plan.diffShort
        case .notPlanned: Message.Plan.statusNotPlanned
        case .noTarget: Message.Kpi.noTarget
        }
    }
}
