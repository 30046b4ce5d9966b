/// A measure (事業): a project serving one or more items, covering bodies.
public struct Measure: Sendable, Hashable {
    /// Short ASCII id that users type and scripts keep (`advisor`).
    public let id: String
    public let name: String
    /// The project as the source names it.
    public let project: String
    public let division: String
    public let summary: String
    public let items: [String]
    public let eligibleKinds: Set<BodyKind>
    /// Bodies it can cover a year, where the source implies a limit.
    public let defaultCapacity: Int?

    public init(id: String, name: String, project: String, division: String, summary: String,
                items: [String], eligibleKinds: Set<BodyKind>, defaultCapacity: Int?) {
        self.id = id
        self.name = name
        self.project = project
        self.division = division
        self.summary = summary
        self.items = items
        self.eligibleKinds = eligibleKinds
        self.defaultCapacity = defaultCapacity
    }

    public func isEligible(_ body: Body) -> Bool { eligibleKinds.contains(body.kind) }
}
