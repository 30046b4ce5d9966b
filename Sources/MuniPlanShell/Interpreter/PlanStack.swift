import MuniPlan

/// An undo or redo stack of plans as a persistent linked list: pushing never copies what
/// is below, so keeping the session as it was before a command (to roll back on failure)
/// costs one reference, not a copy of the whole history.
///
/// No plan is kept whole: each entry is the change (`PlanDelta`) that turns the plan above
/// it into its own, and above the top entry is the plan the session holds now, which every
/// push and pop is given. So an entry costs what its command changed, not a plan, and the
/// session's plan is the only one holding its coverage: an edit changes it in place instead
/// of copying the set it edits and the dictionaries around it (most of a script line's edit).
///
/// It holds at most `limit` plans: past that the oldest are forgotten, so a long session
/// or a script of a million edits stays bounded (a million unbounded changes took 423 MB).
/// Nodes are shared with earlier copies of the stack, so forgetting means rebuilding the
/// kept part; that happens once twice the limit are linked, keeping a push O(1) amortised.
struct PlanStack: Sendable, Equatable {
    /// How many changes `undo` can take back (help says so).
    static let defaultLimit = 1_000

    private final class Node: Sendable {
        /// The command that changed this entry's plan into the one above (`allocate advisor 19`):
        /// what `undo` and `redo` name.
        let change: UndoName
        /// Turns the plan above this entry (the session's, above the top one) into this entry's.
        let fromAbove: PlanDelta
        let below: Node?
        init(change: UndoName, fromAbove: PlanDelta, below: Node?) {
            self.change = change
            self.fromAbove = fromAbove
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

    /// Pushes `plan`, which `current` (the plan the session holds from now on) replaces.
    mutating func append(_ plan: Plan, over current: Plan, change: UndoName = UndoName()) {
        append(PlanDelta(from: plan, to: current), change: change)
    }

    /// Pushes the plan `delta` turns the session's plan back into: a command that knew what it
    /// changed says so, and no plans are compared.
    mutating func append(_ delta: PlanDelta, change: UndoName) {
        top = Node(change: change, fromAbove: delta, below: top)
        linked += 1
        count = min(count + 1, limit)
        if linked >= 2 * limit { trim() }
    }

    /// The newest plan, made from `current` (the session's plan, above it).
    mutating func popLast(from current: Plan) -> Plan? { popLastChange(from: current)?.plan }

    /// The newest plan, made from `current`, and the command that changed it into `current`.
    mutating func popLastChange(from current: Plan) -> (plan: Plan, change: UndoName)? {
        guard count > 0, let node = top else { return nil }
        count -= 1
        if count == 0 {
            removeAll()
        } else {
            top = node.below
            linked -= 1
        }
        return (node.fromAbove.reverting(current), node.change)
    }

    mutating func removeAll() {
        top = nil
        count = 0
        linked = 0
    }

    /// Relinks the `count` newest entries, dropping the rest; their changes are kept as they are.
    private mutating func trim() {
        var kept: [Node] = []
        kept.reserveCapacity(count)
        var node = top
        while let n = node, kept.count < count {
            kept.append(n)
            node = n.below
        }
        top = nil
        for n in kept.reversed() { top = Node(change: n.change, fromAbove: n.fromAbove, below: top) }
        linked = kept.count
    }


    /// The same history: the same entries, as a copy kept before a command has them (entries
    /// hold changes, not plans, so equal plans cannot be compared without the plan above).
    static func == (a: PlanStack, b: PlanStack) -> Bool { a.count == b.count && a.top === b.top }
}
