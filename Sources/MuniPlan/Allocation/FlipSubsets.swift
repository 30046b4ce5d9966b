/// Every set of flips from one half of the core whose losses add up to at most a limit,
/// found depth-first over the items in order of loss (so a branch ends at the first item
/// that no longer fits). Each set is a node of that tree: its parent is the set without its
/// last item, which is how a set is read back.
struct FlipSubsets {
    /// One flip: the item, and what it changes (−1 or +1 places, ∓ its cost, ∓ its value).
    struct Flip {
        let item: Int
        let places: Int32
        let cost: Int64
        let loss: Double
    }

    /// The flips, by loss ascending.
    let flips: [Flip]

    init(_ items: [Int], _ instance: KnapsackInstance, _ multipliers: CoreMultipliers) {
        flips = items.map { i in
            let sign: Int64 = multipliers.base[i] ? -1 : 1
            return Flip(item: i, places: Int32(sign), cost: sign * instance.w[i], loss: multipliers.loss[i])
        }.sorted { $0.loss != $1.loss ? $0.loss < $1.loss : $0.item < $1.item }
    }

    /// Whether there are surely more than `count` sets within `limit`: the cheapest m flips
    /// fit together, so all 2^m sets of them do.
    func surelyMore(than count: Int, limit: Double) -> Bool {
        var total = 0.0, m = 0
        for flip in flips {
            total += flip.loss
            guard total <= limit else { break }
            m += 1
            if m >= 62 || 1 << m > count { return true }
        }
        return false
    }

    /// Calls `visit(places, cost, loss, path)` for every set (the empty one first) and
    /// returns the number of sets, or nil when `visit` returned false (stop).
    @discardableResult
    func forEach(limit: Double, _ visit: (Int32, Int64, Double, [Int]) -> Bool) -> Int? {
        var path: [Int] = []          // positions in `flips`
        var places: Int32 = 0, cost: Int64 = 0, loss = 0.0
        var sums: [(Int32, Int64, Double)] = []
        var count = 0
        var next = 0
        while true {
            count += 1
            guard visit(places, cost, loss, path) else { return nil }
            // Descend to the first item that fits, else climb to the next sibling.
            while true {
                if next < flips.count, loss + flips[next].loss <= limit {
                    sums.append((places, cost, loss))
                    path.append(next)
                    places += flips[next].places
                    cost += flips[next].cost
                    loss += flips[next].loss
                    next += 1
                    break
                }
                guard let last = path.popLast(), let saved = sums.popLast() else { return count }
                (places, cost, loss) = saved
                // The next sibling: it loses at least as much as the item it replaces.
                next = last + 1
            }
        }
    }

    /// All sets within `limit`, stored and sorted by (places, cost) for lookups; nil when
    /// there are more than `capacity`.
    func stored(limit: Double, capacity: Int) -> Stored? {
        var places: [Int32] = [], cost: [Int64] = [], loss: [Double] = []
        var parent: [Int32] = [], last: [Int32] = []
        var node: [Int32] = []      // node of each depth on the current path
        let finished = forEach(limit: limit) { p, c, l, path in
            guard places.count < capacity else { return false }
            let depth = path.count
            if node.count > depth { node.removeLast(node.count - depth) }
            parent.append(depth == 0 ? -1 : node[depth - 1])
            last.append(Int32(path.last ?? -1))
            node.append(Int32(places.count))
            places.append(p)
            cost.append(c)
            loss.append(l)
            return true
        }
        guard finished != nil else { return nil }
        let order = places.indices.sorted { places[$0] != places[$1] ? places[$0] < places[$1] : cost[$0] < cost[$1] }
        return Stored(places: order.map { places[$0] }, cost: order.map { cost[$0] }, loss: order.map { loss[$0] },
                      node: order.map { Int32($0) }, parent: parent, last: last)
    }

    /// The stored sets, sorted by (places, cost); `node` leads back to the flips.
    struct Stored {
        let places: [Int32]
        let cost: [Int64]
        let loss: [Double]
        let node: [Int32]
        let parent: [Int32]
        let last: [Int32]

        /// Positions (in the sorted arrays) where each run of equal `places` begins and ends.
        var groups: [(places: Int32, range: Range<Int>)] {
            var result: [(Int32, Range<Int>)] = []
            var start = 0
            for i in 1..<(places.count + 1) where i == places.count || places[i] != places[start] {
                result.append((places[start], start..<i))
                start = i
            }
            return result
        }

        /// The first position in `range` whose cost is at least `cost`.
        func first(_ range: Range<Int>, costAtLeast cost: Int64) -> Int {
            var (low, high) = (range.lowerBound, range.upperBound)
            while low < high {
                let mid = (low + high) / 2
                if self.cost[mid] < cost { low = mid + 1 } else { high = mid }
            }
            return low
        }

        /// The flips' positions of the set at sorted position `i`.
        func path(_ i: Int) -> [Int] {
            var result: [Int] = []
            var n = Int(node[i])
            while n >= 0, last[n] >= 0 {
                result.append(Int(last[n]))
                n = Int(parent[n])
            }
            return result
        }
    }
}
