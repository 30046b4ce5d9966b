/// A request checked and normalised: candidates ranked, scores made exact integers,
/// per-district counts at hand. Every policy works on this.
struct AllocationProblem {
    struct Item {
        let candidate: AllocationCandidate
        /// 1 = highest score; equal scores rank by `order`, then code.
        let rank: Int
        /// Index into `districts`.
        let district: Int
        /// The score as an exact integer (see `ScoreScale`): ties are exact.
        let q: Int64
        let required: Bool
    }

    let request: AllocationRequest
    let districts: [String]
    /// Eligible candidates (not excluded), in rank order.
    let items: [Item]
    /// Excluded candidates, in rank order.
    let excluded: [Item]
    let scoreScale: ScoreScale
    /// The per-district minimum (0 when none) and maximum (Int.max when none).
    let lower: Int
    let upper: Int
    /// Eligible and required bodies per district.
    let supply: [Int]
    let requiredCount: [Int]

    var count: Int { request.count }
    var requiredTotal: Int { requiredCount.reduce(0, +) }
    var maxPerDistrict: Int? { request.maxPerDistrict }

    init(_ candidates: [AllocationCandidate], _ request: AllocationRequest) throws(AllocationError) {
        try Self.checkRequest(request)
        // Each score is below 2^41 units (ScoreScale), so with at most 10^6 < 2^20
        // candidates every Int64 sum of scores stays below 2^61: no overflow by construction.
        let limit = NumberLimits.count.upperBound
        guard candidates.count <= limit else { throw .tooManyCandidates(count: candidates.count, limit: limit) }
        var districts: [String] = []
        var index: [String: Int] = [:]
        for name in request.districts where index[name] == nil {
            index[name] = districts.count
            districts.append(name)
        }
        var seen = Set<String>()
        for candidate in candidates {
            guard seen.insert(candidate.code).inserted else { throw .duplicateCandidate(candidate.code) }
            guard index[candidate.district] != nil else {
                throw .unknownDistrict(code: candidate.code, district: candidate.district)
            }
            guard candidate.score.isFinite else { throw .invalidScore(code: candidate.code) }
        }
        let clash = request.required.intersection(request.excluded)
        guard clash.isEmpty else { throw .requiredAndExcluded(clash.sorted()) }
        let missing = request.required.subtracting(seen)
        guard missing.isEmpty else { throw .requiredNotEligible(missing.sorted()) }

        let scale = ScoreScale(candidates.map(\.score))
        // Rank: score descending, then order, then code, so any input order ranks alike.
        let sorted = candidates.map { (candidate: $0, q: scale.quantize($0.score)) }.sorted {
            if $0.q != $1.q { return $0.q > $1.q }
            if $0.candidate.order != $1.candidate.order { return $0.candidate.order < $1.candidate.order }
            return $0.candidate.code < $1.candidate.code
        }
        var items: [Item] = []
        var excluded: [Item] = []
        var supply = [Int](repeating: 0, count: districts.count)
        var requiredCount = supply
        for (position, entry) in sorted.enumerated() {
            let district = index[entry.candidate.district] ?? 0
            let required = request.required.contains(entry.candidate.code)
            let item = Item(candidate: entry.candidate, rank: position + 1, district: district,
                            q: entry.q, required: required)
            if request.excluded.contains(entry.candidate.code) {
                excluded.append(item)
            } else {
                items.append(item)
                supply[district] += 1
                if required { requiredCount[district] += 1 }
            }
        }
        self.request = request
        self.districts = districts
        self.items = items
        self.excluded = excluded
        self.scoreScale = scale
        self.lower = request.minPerDistrict ?? 0
        self.upper = request.maxPerDistrict ?? Int.max
        self.supply = supply
        self.requiredCount = requiredCount
        try checkCounts()
    }

    /// Checks that need no candidates.
    private static func checkRequest(_ request: AllocationRequest) throws(AllocationError) {
        guard request.count >= 0 else { throw .negativeCount(request.count) }
        if let min = request.minPerDistrict, min < 0 { throw .negativeBound(which: "min", value: min) }
        if let max = request.maxPerDistrict, max < 0 { throw .negativeBound(which: "max", value: max) }
        // Counts within NumberLimits.count keep every product and sum of counts below (the
        // minimum times the districts, floors summed over districts) far from Int.max.
        let limit = NumberLimits.count.upperBound
        if request.count > limit { throw .countTooLarge(what: "N", value: request.count, limit: limit) }
        if let min = request.minPerDistrict, min > limit { throw .countTooLarge(what: "min per district", value: min, limit: limit) }
        if let max = request.maxPerDistrict, max > limit { throw .countTooLarge(what: "max per district", value: max, limit: limit) }
        if let min = request.minPerDistrict, let max = request.maxPerDistrict, min > max {
            throw .minAboveMax(min: min, max: max)
        }
        if let budget = request.budget {
            guard budget.isFinite, budget >= 0 else { throw .invalidBudget(budget) }
            guard request.policy == .byNeed else { throw .unsupportedOption(option: "a budget", policy: request.policy) }
        }
        if let seconds = request.timeLimit, !(seconds.isFinite && seconds >= 0) { throw .invalidTimeLimit(seconds) }
    }

    /// Whether the counts can be met at all; the order fixes which reason is given first.
    private func checkCounts() throws(AllocationError) {
        let n = count
        let min = lower
        // min ≤ 10^6 (checkRequest) times a district list that fits in memory: no overflow.
        let needed = min * districts.count
        if needed > n { throw .minNeedsMoreThanCount(min: min, needed: needed, count: n) }
        if requiredTotal > n { throw .requiredMoreThanCount(required: requiredTotal, count: n) }
        for d in districts.indices where requiredCount[d] > upper {
            throw .requiredAboveMax(district: districts[d], required: requiredCount[d], max: upper)
        }
        let floorTotal = districts.indices.reduce(0) { $0 + Swift.max(min, requiredCount[$1]) }
        if floorTotal > n { throw .minAndRequiredNeedMoreThanCount(min: min, needed: floorTotal, count: n) }
        for d in districts.indices where supply[d] < min {
            throw .districtTooSmall(district: districts[d], min: min, available: supply[d])
        }
        // With a budget N is a ceiling, so fewer candidates are no obstacle.
        guard request.budget == nil else { return }
        let available = supply.reduce(0, +)
        if available < n { throw .notEnoughCandidates(count: n, available: available) }
        let allowed = supply.reduce(0) { $0 + Swift.min($1, upper) }
        if allowed < n { throw .maxAllowsFewer(max: upper, allowed: allowed, count: n) }
    }

    /// Upper bound per district: the maximum, or the supply when smaller.
    func cap(_ d: Int) -> Int { Swift.min(upper, supply[d]) }

    /// Lower bound per district: the minimum, or the required bodies when more.
    func floor(_ d: Int) -> Int { Swift.max(lower, requiredCount[d]) }
}

/// Scores as exact integers. Scores with at most six decimals (whole numbers, indicator
/// values, most weights) are scaled by the smallest power of ten that makes them whole;
/// any other scores by a power of two putting the largest |score| near 2^40, then rounded.
/// All are then divided by their greatest common divisor (`CommonDivisor`), so integer
/// scores become themselves over their GCD. Sums and comparisons are exact, so "equal
/// score" and "equally good" are exact, transitive notions. The documented tolerance:
/// scores that agree to about twelve significant digits (2^-40 of the largest) count as
/// equal; decimal scores are exact.
struct ScoreScale {
    /// The factor applied to scores before dividing by `divisor` (10^k or 2^e).
    let factor: Double
    /// The common divisor of the scaled scores: one unit is this many 1/factor steps.
    let divisor: Int64

    init(_ scores: [Double]) {
        let finite = scores.filter(\.isFinite)
        let largest = finite.lazy.map(abs).max() ?? 0
        let factor = Self.decimalFactor(finite, largest: largest)
            ?? (largest > 0 ? Double(sign: .plus, exponent: 40 - Int(largest.exponent), significand: 1) : 1)
        self.factor = factor
        divisor = CommonDivisor.of(finite.lazy.map { Self.scaled($0, factor) })
    }

    func quantize(_ score: Double) -> Int64 {
        Self.scaled(score, factor) / divisor
    }

    /// |scaled| < 2^41 for every score up to the largest (the factor is built from them).
    private static func scaled(_ score: Double, _ factor: Double) -> Int64 {
        guard score != 0, score.isFinite else { return 0 }
        return Int64(saturating: (score * factor).rounded())
    }

    /// The smallest 10^k (k ≤ 6) that makes every score whole, keeping the largest below
    /// 2^40. "Whole" within half the binary scale's step (2^-41 of the largest), so that the
    /// decimal scale never merges scores the binary one would tell apart.
    private static func decimalFactor(_ scores: [Double], largest: Double) -> Double? {
        DecimalFactor.smallest(scores, largest: largest, below: 0x1p40) { _, top in Swift.max(1, top) * 0x1p-41 }
    }

    /// Back to score units (for reporting bounds and totals).
    func score(_ units: Double) -> Double {
        units * Double(divisor) / factor
    }
}
