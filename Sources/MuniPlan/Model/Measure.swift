/// A measure (事業): a project serving one or more items, covering bodies.
public struct Measure: Sendable, Hashable {
    /// Short ASCII id that users type and scripts keep (`advisor`).
    public let id: String
    public let name: String
    /// A short Japanese name users type instead of the id (`アドバイザー派遣`); saved
    /// scenarios still write the id.
    public let alias: String?
    /// The project as the source names it.
    public let project: String
    public let division: String
    /// The source's 事業概要, the first where it has more than one.
    public var summary: String { summaries[0].text }
    /// Each summary the source states, with the items it is stated under (ICT推進市町村
    /// 支援事業 has one under 1(5) and another under 1(6) and 1(7)).
    public let summaries: [Summary]
    public let items: [String]
    public let eligibleKinds: Set<BodyKind>
    /// Bodies it can cover a year by default: only an assumption the catalogue states as
    /// one (a KPI target is not a limit). `capacity` sets one for a plan.
    public let defaultCapacity: Int?

    public struct Summary: Sendable, Hashable {
        public let items: [String]
        public let text: String

        public init(items: [String], text: String) {
            self.items = items
            self.text = text
        }
    }

    /// `summary` is the one summary, stated under every item, unless `summaries` gives any.
    public init(id: String, name: String, project: String, division: String, summary: String,
                items: [String], eligibleKinds: Set<BodyKind>, defaultCapacity: Int?, alias: String? = nil,
                summaries: [Summary]? = nil) {
        self.summaries = summaries.flatMap { $0.isEmpty ? nil : $0 } ?? [Summary(items: items, text: summary)]
        self.id = id
        self.name = name
        self.alias = alias
        self.project = project
        self.division = division
        self.items = items
        self.eligibleKinds = eligibleKinds
        self.defaultCapacity = defaultCapacity
    }

    public func isEligible(_ body: Body) -> Bool { isEligible(kind: body.kind) }

    public func isEligible(kind: BodyKind) -> Bool { eligibleKinds.contains(kind) }
}
