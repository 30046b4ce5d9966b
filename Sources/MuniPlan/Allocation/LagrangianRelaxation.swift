/// The Lagrangian relaxation of the budget: for a multiplier λ ≥ 0 the budget moves into
/// the objective, q − λw, and what remains (at most `slots` items, per-district bounds) is
/// solved exactly by a greedy pass, because those sets form a matroid once `slots` dummy
/// items of value 0 pad every choice to the same size. For every λ ≥ 0,
///     UB(λ) = λ·capacity + max Σ (q − λw)
/// bounds every budget-feasible choice from above. UB is convex and piecewise linear in
/// λ; minimising it (Kelley's cutting planes in one dimension) gives the LP bound, since
/// the remaining constraint matrix is totally unimodular.
struct LagrangianRelaxation {
    let lambda: Double
    /// UB(λ) in quantised score units.
    let bound: Double
    /// q − λw per item.
    let reduced: [Double]
    /// The relaxed optimum at λ.
    let inBase: [Bool]
    /// False when the floors cannot be met within `slots`.
    let feasible: Bool
    /// A relaxed choice that fits the budget: a feasible choice (a good incumbent).
    let withinBudget: [Int]?

    init(_ instance: KnapsackInstance) {
        let (best, fitting) = Self.minimise(instance)
        lambda = best.lambda
        bound = best.value
        reduced = best.reduced
        inBase = best.inBase
        feasible = best.feasible
        withinBudget = fitting.map { point in (0..<instance.count).filter { point.inBase[$0] } }
    }

    private static func minimise(_ instance: KnapsackInstance) -> (best: Point, fitting: Point?) {
        let first = evaluate(instance, lambda: 0)
        guard first.feasible, first.slope < 0 else { return (first, first.feasible ? first : nil) }
        // Find a multiplier at which the relaxed choice fits the budget.
        let maxQ = instance.q.map { Double(abs($0)) }.max() ?? 0
        let minW = instance.w.filter { $0 > 0 }.min().map(Double.init) ?? 1
        var low = first
        var high = evaluate(instance, lambda: max(1, maxQ) / minW)
        var tries = 0
        while high.slope < 0, tries < 200 {
            low = high
            high = evaluate(instance, lambda: high.lambda * 4)
            tries += 1
        }
        var best = low.value <= high.value ? low : high
        guard high.slope >= 0 else { return (best, nil) }
        // Kelley: the two supporting lines meet at the next trial multiplier.
        for _ in 0..<80 {
            let denominator = high.slope - low.slope
            guard denominator > 0 else { break }
            var trial = (low.intercept - high.intercept) / denominator
            if !(trial > low.lambda && trial < high.lambda) { trial = (low.lambda + high.lambda) / 2 }
            guard trial > low.lambda, trial < high.lambda else { break }
            let point = evaluate(instance, lambda: trial)
            if point.value < best.value { best = point }
            let lineValue = low.intercept + trial * low.slope
            if point.value <= lineValue + 1e-9 * max(1, abs(lineValue)) { break }
            if point.slope < 0 { low = point } else { high = point }
        }
        return (best, high)
    }

    struct Point {
        let lambda: Double
        let value: Double
        /// Σ q over the relaxed choice (the line's intercept) and capacity − Σ w (its slope).
        let intercept: Double
        let slope: Double
        let reduced: [Double]
        let inBase: [Bool]
        let feasible: Bool
    }

    /// The relaxed optimum at λ: each district's floor from its best reduced values, then
    /// the best positive reduced values into the free places.
    static func evaluate(_ instance: KnapsackInstance, lambda: Double) -> Point {
        let n = instance.count
        let reduced = (0..<n).map { Double(instance.q[$0]) - lambda * Double(instance.w[$0]) }
        let order = (0..<n).sorted { reduced[$0] != reduced[$1] ? reduced[$0] > reduced[$1] : $0 < $1 }
        var taken = [Int](repeating: 0, count: instance.districtCount)
        var inBase = [Bool](repeating: false, count: n)
        var extras = instance.slots - instance.lower.reduce(0, +)
        var q: Int64 = 0, w: Int64 = 0
        for i in order {
            let d = instance.district[i]
            if taken[d] < instance.lower[d] {
                // A floor place.
            } else if reduced[i] > 0, extras > 0, taken[d] < instance.upper[d] {
                extras -= 1
            } else {
                continue
            }
            taken[d] += 1
            inBase[i] = true
            q += instance.q[i]
            w += instance.w[i]
        }
        let feasible = extras >= 0 && (0..<instance.districtCount).allSatisfy { taken[$0] >= instance.lower[$0] }
        // Σ q and the budget left are exact; only λ·slope is rounded.
        let slope = Double(instance.capacity - w)
        return Point(lambda: lambda, value: feasible ? Double(q) + lambda * slope : -.infinity,
                     intercept: Double(q), slope: slope, reduced: reduced, inBase: inBase, feasible: feasible)
    }
}
