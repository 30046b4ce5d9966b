@testable import MuniPlan

/// A tiny seeded generator (SplitMix64) so that random instances are the same every run.
struct AllocationRNG: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random allocation instance: candidates and a request.
struct AllocationInstance {
    var candidates: [AllocationCandidate]
    var request: AllocationRequest

    /// Small integer scores (many ties), integer costs, random bounds, required and excluded.
    static func random(_ rng: inout AllocationRNG, maxBodies: Int, budget: Bool, negative: Bool = false) -> AllocationInstance {
        let districtCount = Int.random(in: 1...4, using: &rng)
        let districts = (0..<districtCount).map { "D\($0)" }
        let n = Int.random(in: 0...maxBodies, using: &rng)
        let orders = Array(0..<n).shuffled(using: &rng)
        let candidates = (0..<n).map { i in
            AllocationCandidate(
                code: "B\(i)", district: districts[Int.random(in: 0..<districtCount, using: &rng)],
                score: Double(Int.random(in: (negative ? -3 : 0)...6, using: &rng)),
                cost: Double(Int.random(in: 0...10, using: &rng)), order: orders[i])
        }
        var request = AllocationRequest(count: Int.random(in: 0...(n + 1), using: &rng), districts: districts)
        if Bool.random(using: &rng) { request.minPerDistrict = Int.random(in: 0...2, using: &rng) }
        if Bool.random(using: &rng) { request.maxPerDistrict = Int.random(in: 1...4, using: &rng) }
        if n > 0 {
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                request.required.insert("B\(Int.random(in: 0..<n, using: &rng))")
            }
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                let code = "B\(Int.random(in: 0..<n, using: &rng))"
                if !request.required.contains(code) { request.excluded.insert(code) }
            }
        }
        if budget { request.budget = Double(Int.random(in: 0...(6 * max(1, n)), using: &rng)) }
        return AllocationInstance(candidates: candidates, request: request)
    }
}
