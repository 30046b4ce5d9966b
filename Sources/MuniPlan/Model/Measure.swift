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
    public let summary: String
    public let items: [String]
    public let eligibleKinds: Set<BodyKind>
    /// Bodies it can cover a year, where the source implies a limit.
    public let defaultCapacity: Int?

    public init(id: String, name: String, project: String, division: String, summary: String,
                items: [String], eligibleKinds: Set<BodyKind>, defaultCapacity: Int?, alias: String? = nil) {
        self.id = id
        self.name = name
        self.alias = alias
        self.project = project
        self.division = division
        self.summary = summary
        self.items = items
        self.eligibleKinds = eligibleKinds
        self.defaultCapacity = defaultCapacity
    }

    public func isEligible(_ body: Body) -> Bool { eligibleKinds.contains(body.kind) }
}
