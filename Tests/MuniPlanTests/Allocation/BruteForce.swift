@testable import MuniPlan

/// Every subset, checked against every constraint: the reference the engine must match.
struct BruteForce {
    /// Codes in rank order (score descending, then order): rank 1 is the highest bit of a mask.
    let codes: [String]
    var best: Double?
    /// Masks of the optimal sets.
    var optimal: [Int] = []

    init(_ instance: AllocationInstance) {
        let request = instance.request
        let pool = instance.candidates.filter { !request.excluded.contains($0.code) }.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order
        }
        codes = pool.map(\.code)
        let n = pool.count
        let bit = { (i: Int) in 1 << (n - 1 - i) }
        let requiredMask = pool.indices.reduce(0) { request.required.contains(pool[$1].code) ? $0 | bit($1) : $0 }
        let districtMasks = request.districts.map { name in
            pool.indices.reduce(0) { pool[$1].district == name ? $0 | bit($1) : $0 }
        }
        for mask in 0..<(1 << n) where mask & requiredMask == requiredMask {
            let size = mask.nonzeroBitCount
            if request.budget == nil ? size != request.count : size > request.count { continue }
            let counts = districtMasks.map { ($0 & mask).nonzeroBitCount }
            if let min = request.minPerDistrict, counts.contains(where: { $0 < min }) { continue }
            if let max = request.maxPerDistrict, counts.contains(where: { $0 > max }) { continue }
            var score = 0.0, cost = 0.0
            for i in 0..<n where mask & bit(i) != 0 {
                score += pool[i].score
                cost += pool[i].cost ?? 0
            }
            if let budget = request.budget, cost > budget { continue }
            if best == nil || score > best! + 1e-9 {
                best = score
                optimal = [mask]
            } else if abs(score - best!) <= 1e-9 {
                optimal.append(mask)
            }
        }
        if let max = optimal.max() { optimal.removeAll { $0 == max }; optimal.insert(max, at: 0) }
    }

    /// The codes of a mask.
    func set(_ mask: Int) -> Set<String> {
        Set(codes.indices.filter { mask & (1 << (codes.count - 1 - $0)) != 0 }.map { codes[$0] })
    }

    /// The engine's tie rule: the optimal set greatest in rank order (the largest mask).
    var lexmax: Set<String>? { optimal.first.map(set) }

    /// Bodies in some optimal set but not in all of them.
    var tied: Set<String> {
        let sets = optimal.map(set)
        guard let first = sets.first else { return [] }
        let union = sets.reduce(first) { $0.union($1) }
        let common = sets.reduce(first) { $0.intersection($1) }
        return union.subtracting(common)
    }
}

/// Checks every constraint of the request on a result; returns what is broken.
func violations(_ result: AllocationResult, _ instance: AllocationInstance) -> [String] {
    let request = instance.request
    let byCode = Dictionary(uniqueKeysWithValues: instance.candidates.map { ($0.code, $0) })
    let chosen = result.chosen.compactMap { byCode[$0] }
    var broken: [String] = []
    if chosen.count != result.chosen.count { broken.append("unknown code chosen") }
    if Set(result.chosen).count != result.chosen.count { broken.append("a body chosen twice") }
    if request.budget == nil ? chosen.count != request.count : chosen.count > request.count {
        broken.append("count \(chosen.count) vs N \(request.count)")
    }
    for code in request.required where !result.chosen.contains(code) { broken.append("required \(code) missing") }
    for code in request.excluded where result.chosen.contains(code) { broken.append("excluded \(code) chosen") }
    for district in request.districts {
        let count = chosen.filter { $0.district == district }.count
        if let min = request.minPerDistrict, count < min { broken.append("\(district) below min") }
        if let max = request.maxPerDistrict, count > max { broken.append("\(district) above max") }
        if result.perDistrict[district] != count { broken.append("perDistrict wrong for \(district)") }
    }
    if let budget = request.budget, chosen.reduce(0, { $0 + ($1.cost ?? 0) }) > budget + 1e-9 {
        broken.append("over budget")
    }
    return broken
}

extension AllocationResult {
    var chosenSet: Set<String> { Set(chosen) }
}
