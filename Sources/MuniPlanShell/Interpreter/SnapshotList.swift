import MuniPlan

/// Named plans (`snapshot NAME`), in the order taken; a name taken again replaces its
/// snapshot and moves it to the end. Found by name in O(1): a script of 30,000 snapshots
/// took 35 s when each one searched and rebuilt a list of all before it.
///
/// At most `limit` names: each holds a plan (what differs from its neighbours is kept
/// apart), so an unbounded number could fill memory, as the undo history could.
struct SnapshotList: Sendable {
    static let limit = 1_000

    private var entries: [String: (order: Int, plan: Plan)] = [:]
    private var taken = 0
    /// The name taken last.
    private(set) var lastName: String?

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    func plan(named name: String) -> Plan? { entries[name]?.plan }

    /// Names and plans in the order taken.
    var inOrder: [(name: String, plan: Plan)] {
        entries.sorted { $0.value.order < $1.value.order }.map { ($0.key, $0.value.plan) }
    }

    var names: [String] { inOrder.map(\.name) }

    /// Takes (or retakes) a snapshot; false when `name` is new and `limit` are taken.
    mutating func take(_ name: String, _ plan: Plan) -> Bool {
        guard entries[name] != nil || entries.count < Self.limit else { return false }
        taken += 1
        entries[name] = (taken, plan)
        lastName = name
        return true
    }
}
