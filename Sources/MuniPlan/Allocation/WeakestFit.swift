/// Chosen items, weakest first, with the running maximum of their costs: the weakest one
/// that costs at least some amount is a binary search, so a reason per left-out body
/// stays O(log n) instead of a scan of the chosen bodies.
struct WeakestFit {
    /// Item indices, weakest first (items are in rank order, so descending).
    let items: [Int]
    private let runningMax: [Int64]

    init(_ items: [Int], cost: (Int) -> Int64) {
        self.items = items
        var best = Int64.min
        runningMax = items.map { i in
            best = max(best, cost(i))
            return best
        }
    }

    /// The weakest item costing at least `threshold`; the weakest of all when nil.
    func first(costingAtLeast threshold: Int64?) -> Int? {
        guard let threshold else { return items.first }
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if runningMax[middle] >= threshold { high = middle } else { low = middle + 1 }
        }
        return low < items.count ? items[low] : nil
    }
}
