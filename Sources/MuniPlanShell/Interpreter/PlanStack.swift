import MuniPlan

/// An undo or redo stack of plans as a persistent linked list: pushing never copies what
/// is below, so keeping the session as it was before a command (to roll back on failure)
/// costs one reference, not a copy of the whole history.
///
/// It holds at most `limit` plans: past that the oldest are forgotten, so a long session
/// or a script of a million edits stays bounded (a million unbounded changes took 423 MB).
/// Nodes are shared with earlier copies of the stack, so forgetting means rebuilding the
/// kept part; that happens once twice the limit are linked, keeping a push O(1) amortised.
struct PlanStack: Sendable, Equatable {
    /// How many changes `undo` can take back (help says so).
    static let defaultLimit = 1_000

    private final class Node: Sendable {
        let plan: Plan
        /// The command that changed this plan into the next one (`allocate advisor 19`):
        /// what `undo` and `redo` name.
        let change: String
        let below: Node?
        init(_ plan: Plan, change: String, below: Node?) {
            self.plan = plan
            self.change = change
            self.below = below
        }
    }

    private var top: Node?
    /// Plans that can be popped: never more than `limit`.
    private(set) var count = 0
    /// Nodes linked below `top`, the forgotten ones included until the next trim.
    private var linked = 0
    let limit: Int

    init(limit: Int = PlanStack.defaultLimit) {
        self.limit = max(1, limit)
    }

    var isEmpty: Bool { count == 0 }

    mutating func append(_ plan: Plan, change: String = "") {
        top = Node(plan, change: change, below: top)
        linked += 1
        count = min(count + 1, limit)
        if linked >= 2 * limit { trim() }
    }

    mutating func popLast() -> Plan? { popLastChange()?.plan }

    /// The newest plan and the command that changed it.
    mutating func popLastChange() -> (plan: Plan, change: String)? {
        guard count > 0, let node = top else { return nil }
        top = node.below
        count -= 1
        linked -= 1
        return (node.plan, node.change)
    }

    mutating func removeAll() {
        top = nil
        count = 0
        linked = 0
    }

    /// Relinks the `count` newest plans, dropping the rest.
    private mutating func trim() {
        var kept: [(plan: Plan, change: String)] = []
        kept.reserveCapacity(count)
        var node = top
        while let n = node, kept.count < count {
            kept.append((n.plan, n.change))
            node = n.below
        }
        top = nil
        for entry in kept.reversed() { top = Node(entry.plan, change: entry.change, below: top) }
        linked = kept.count
    }

    static func == (a: PlanStack, b: PlanStack) -> Bool {
        guard a.count == b.count else { return false }
        var x = a.top, y = b.top
        var remaining = a.count
        while remaining > 0, let p = x, let q = y {
            if p === q { return true }
            if p.plan != q.plan { return false }
            x = p.below
            y = q.below
            remaining -= 1
        }
        return true
    }
}
