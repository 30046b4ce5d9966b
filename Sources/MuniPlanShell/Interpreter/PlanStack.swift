import MuniPlan

/// An undo or redo stack of plans as a persistent linked list: pushing never copies what
/// is below, so keeping the session as it was before a command (to roll back on failure)
/// costs one reference, not a copy of the whole history.
///
/// Only the newest plan is kept whole; each entry below is the change (`PlanDelta`) that
/// turns the plan above it into its own, so an entry costs what its command changed, not
/// a plan (an `assign` of one body to a measure covering 1,700 kept a set of 1,700 codes).
///
/// It holds at most `limit` plans: past that the oldest are forgotten, so a long session
/// or a script of a million edits stays bounded (a million unbounded changes took 423 MB).
/// Nodes are shared with earlier copies of the stack, so forgetting means rebuilding the
/// kept part; that happens once twice the limit are linked, keeping a push O(1) amortised.
struct PlanStack: Sendable, Equatable {
    /// How many changes `undo` can take back (help says so).
    static let defaultLimit = 1_000

    private final class Node: Sendable {
        /// The command that changed this entry's plan into the next one (`allocate advisor 19`):
        /// what `undo` and `redo` name.
        let change: UndoName
        /// Turns this entry's plan into the plan of the entry below; nil at the bottom.
        let toBelow: PlanDelta?
        let below: Node?
        init(change: UndoName, toBelow: PlanDelta?, below: Node?) {
            self.change = change
            self.toBelow = toBelow
            self.below = below
        }
    }

    private var top: Node?
    /// What the last commit changed, when its command knew: the plan it made and the change
    /// back to the top plan (`expect(_:reverting:)`).
    private var known: (plan: Plan, toTop: PlanDelta)?
    /// The plan of the top entry, whole.
    private var topPlan: Plan?
    /// Plans that can be popped: never more than `limit`.
    private(set) var count = 0
    /// Nodes linked below `top`, the forgotten ones included until the next trim.
    private var linked = 0
    let limit: Int

    init(limit: Int = PlanStack.defaultLimit) {
        self.limit = max(1, limit)
    }

    var isEmpty: Bool { count == 0 }

    mutating func append(_ plan: Plan, change: UndoName = UndoName()) {
        // Taken out, not copied: a copy retained the plan's parts and released them again.
        var known: (plan: Plan, toTop: PlanDelta)? = nil
        swap(&known, &self.known)
        top = Node(change: change, toBelow: topPlan.map { top in
            // The plan the last commit made, pushed now: its command said what it changed.
            if let known, known.plan == plan { return known.toTop }
            return PlanDelta(from: top, to: plan)
        }, below: top)
        topPlan = plan
        linked += 1
        count = min(count + 1, limit)
        if linked >= 2 * limit { trim() }
    }

    /// Says what turns `plan`, made from the top plan by a command that knew what it changed,
    /// back into the top plan: pushing `plan` next takes that instead of comparing the two
    /// plans (which hashed every code of the changed coverage, a script line's undo entry).
    mutating func expect(_ plan: Plan, reverting toTop: PlanDelta) {
        known = topPlan == nil ? nil : (plan, toTop)
    }

    mutating func popLast() -> Plan? { popLastChange()?.plan }

    /// The newest plan and the command that changed it.
    mutating func popLastChange() -> (plan: Plan, change: UndoName)? {
        guard count > 0, let node = top, let plan = topPlan else { return nil }
        known = nil
        count -= 1
        if count == 0 {
            removeAll()
        } else {
            top = node.below
            topPlan = node.toBelow?.reverting(plan)
            linked -= 1
        }
        return (plan, node.change)
    }

    mutating func removeAll() {
        known = nil
        top = nil
        topPlan = nil
        count = 0
        linked = 0
    }

    /// Relinks the `count` newest entries, dropping the rest; their changes are kept as
    /// they are, the bottom one's dropped.
    private mutating func trim() {
        var kept: [Node] = []
        kept.reserveCapacity(count)
        var node = top
        while let n = node, kept.count < count {
            kept.append(n)
            node = n.below
        }
        top = nil
        for (i, n) in kept.enumerated().reversed() {
            top = Node(change: n.change, toBelow: i == kept.count - 1 ? nil : n.toBelow, below: top)
        }
        linked = kept.count
    }

    /// Equal when they hold equal plans in the same order.
    static func == (a: PlanStack, b: PlanStack) -> Bool {
        guard a.count == b.count else { return false }
        var x = a.top, y = b.top
        var p = a.topPlan, q = b.topPlan
        var remaining = a.count
        while remaining > 0, let n = x, let m = y, let plan = p, let other = q {
            if plan != other { return false }
            // The same node under equal plans: the same plans all the way down.
            if n === m { return true }
            remaining -= 1
            guard remaining > 0 else { break }
            p = n.toBelow?.reverting(plan)
            q = m.toBelow?.reverting(other)
            x = n.below
            y = m.below
        }
        return true
    }
}
