import MuniPlan

/// An undo or redo stack of plans as a persistent linked list: pushing never copies what
/// is below, so keeping the session as it was before a command (to roll back on failure)
/// costs one reference, not a copy of the whole history.
struct PlanStack: Sendable, Equatable {
    private final class Node: Sendable {
        let plan: Plan
        let below: Node?
        init(_ plan: Plan, below: Node?) {
            self.plan = plan
            self.below = below
        }
    }

    private var top: Node?
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { top == nil }

    mutating func append(_ plan: Plan) {
        top = Node(plan, below: top)
        count += 1
    }

    mutating func popLast() -> Plan? {
        guard let node = top else { return nil }
        top = node.below
        count -= 1
        return node.plan
    }

    mutating func removeAll() {
        top = nil
        count = 0
    }

    static func == (a: PlanStack, b: PlanStack) -> Bool {
        guard a.count == b.count else { return false }
        var x = a.top, y = b.top
        while let p = x, let q = y {
            if p === q { return true }
            if p.plan != q.plan { return false }
            x = p.below
            y = q.below
        }
        return true
    }
}
