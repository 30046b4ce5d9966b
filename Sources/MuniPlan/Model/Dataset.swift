/// Everything loaded from a data directory: bodies, districts, items, measures and KPIs.
/// Boundaries are loaded on demand (only maps need them).
/// A class of constants, not a struct: a session, a resolver and each closure that reads the
/// data hold it, and copying a struct of a dozen arrays was a tenth of a script line's cost.
public final class Dataset: Sendable {
    public let name: String
    public let prefecture: String
    public let source: String
    /// Coverage before this year is the baseline bucket.
    public let firstFiscalYear: FiscalYear
    /// The body whose office stands in for the prefectural office (distances are measured from it).
    public let centre: String?
    /// Bodies in code order: municipalities by code, then bodies without a numeric code.
    public let bodies: [Body]
    public let districts: [District]
    public let items: [Item]
    public let measures: [Measure]
    public let kpis: [KPI]
    /// Goals the source states without a number, shown beside the KPIs.
    public let goals: [Goal]
    /// Whose targets the KPIs are (`福島県`: the source is its plan), nil if unsaid.
    public let targetsOf: String?
    /// Where the data came from, for loading boundaries later and for `save` headers.
    public let directory: String?
    /// Dated observations of measures that have them (`mynumber.csv`); none in older folders.
    public let series: [ObservedSeries]
    /// The series' interval calibrations, each worked out once (`simulate`, `forecast`).
    public let calibrations = CalibrationCache()

    private let bodyIndex: [String: Int]

    public init(name: String, prefecture: String, source: String, firstFiscalYear: FiscalYear, centre: String?,
                bodies: [Body], districts: [District], items: [Item], measures: [Measure],
                kpis: [KPI], directory: String?, goals: [Goal] = [], targetsOf: String? = nil,
                series: [ObservedSeries] = []) {
        self.goals = goals
        self.targetsOf = targetsOf
        self.series = series
        self.name = name
        self.prefecture = prefecture
        self.source = source
        self.firstFiscalYear = firstFiscalYear
        self.centre = centre
        // Each key computed once, not twice per comparison: validating check digits inside
        // the comparator took most of the start-up with 20,000 bodies out of order.
        self.bodies = bodies.map { (numeric: BodyCode.isValid($0.code), body: $0) }
            .sorted { a, b in Dataset.codeOrder(a.body, aNumeric: a.numeric, b.body, bNumeric: b.numeric) }
            .map(\.body)
        self.districts = districts
        self.items = items
        self.measures = measures
        self.kpis = kpis
        self.directory = directory
        var index: [String: Int] = [:]
        for (i, body) in self.bodies.enumerated() { index[body.code] = i }
        self.bodyIndex = index
    }

    /// The documented order of bodies and the tie-break rule everywhere: numeric codes
    /// ascending, then other ids (associations without a code) ascending.
    public static func codeOrder(_ a: Body, _ b: Body) -> Bool {
        codeOrder(a, aNumeric: BodyCode.isValid(a.code), b, bNumeric: BodyCode.isValid(b.code))
    }

    /// The same order with each side's validity known. Two valid codes are six ASCII digits,
    /// whose bytes order as the strings do.
    static func codeOrder(_ a: Body, aNumeric: Bool, _ b: Body, bNumeric: Bool) -> Bool {
        if aNumeric != bNumeric { return aNumeric }
        if aNumeric { return a.code.utf8.lexicographicallyPrecedes(b.code.utf8) }
        return a.code < b.code
    }

    public func body(code: String) -> Body? { bodyIndex[code].map { bodies[$0] } }

    /// Position of a body in code order; the tie-break key.
    public func rank(of code: String) -> Int? { bodyIndex[code] }

    public func measure(id: String) -> Measure? { measures.first { $0.id == id } }

    public func series(of measure: String) -> ObservedSeries? { series.first { $0.measure == measure } }

    public func district(named name: String) -> District? { districts.first { $0.name == name } }

    public func kpis(of measure: String) -> [KPI] { kpis.filter { $0.measure == measure } }

    public func measures(servingItem item: String) -> [Measure] {
        measures.filter { $0.items.contains(item) }
    }

    /// Bodies grouped by district in the data set's district order, bodies without a
    /// district last under "—"; empty groups are left out. Order within a group is kept.
    public func groupedByDistrict(_ bodies: [Body]) -> [(name: String, bodies: [Body])] {
        var groups = districts.map { d in (name: d.name, bodies: bodies.filter { $0.district == d.name }) }
        groups.append((name: "—", bodies: bodies.filter { $0.district == nil }))
        return groups.filter { !$0.bodies.isEmpty }
    }

    /// `FY2022 (R4)`, or `baseline (before FY2022)` for a year before the plan's first.
    public func describe(_ year: FiscalYear) -> String { yearLabel(year).text(in: .english) }

    /// How a total row of every body is labelled: the prefecture, or "total".
    public var totalLabel: String { totalName.text(in: .english) }

    /// The same in either language: the prefecture's name as it is, or `total` / `計`.
    public var totalName: any MessageArgument { prefecture.isEmpty ? Message.Model.total : prefecture }

    public var groupNames: [String] {
        Array(Set(bodies.flatMap(\.groups))).sorted()
    }
}
