import Testing
@testable import MuniPlan

/// The knapsack families hard for branch and bound (issue 19), small enough for brute
/// force: every family, several seeds; and the certified fallback (GLPK) on its own.
@Suite struct AllocationHardFamilyTests {
    enum Family: CaseIterable {
        case costTracksScore, stronglyCorrelated, almostStronglyCorrelated, realistic

        /// Scores and costs from [1, r] shaped like the large families (benchmarks use r = 10,000).
        func values(_ rng: inout AllocationRNG, r: Int) -> (score: Double, cost: Double) {
            let x = Int.random(in: 1...r, using: &rng)
            switch self {
            case .costTracksScore: return (Double(x), Double(max(1, 37 * x + Int.random(in: -5...5, using: &rng))))
            case .stronglyCorrelated: return (Double(x + r / 10), Double(x))
            case .almostStronglyCorrelated: return (Double(x + r / 10 + Int.random(in: -2...2, using: &rng)), Double(x))
            case .realistic:
                let population = Double(x * 100)
                let need = (population * Double.random(in: 0.9...1.1, using: &rng) * 1000).rounded() / 1000
                return (need, population)
            }
        }
    }

    /// n bodies in 3 districts, N = n / 2, at least one per district, the budget half the
    /// cost of the unbudgeted optimum.
    static func instance(_ family: Family, seed: UInt64, bodies n: Int, r: Int = 100) throws -> AllocationInstance {
        var rng = AllocationRNG(seed: seed)
        let districts = ["D0", "D1", "D2"]
        let candidates = (0..<n).map { i in
            let (score, cost) = family.values(&rng, r: r)
            return AllocationCandidate(code: "B\(i)", district: districts[i % 3], score: score, cost: cost, order: i)
        }
        var request = AllocationRequest(count: n / 2, districts: districts, minPerDistrict: 1)
        let free = try Allocator.allocate(candidates, request)
        request.budget = ((free.totalCost ?? 0) / 2).rounded(.down)
        return AllocationInstance(candidates: candidates, request: request)
    }

    @Test(arguments: Family.allCases)
    func matchesBruteForce(family: Family) throws {
        for seed: UInt64 in 1...4 {
            let instance = try Self.instance(family, seed: seed, bodies: 15)
            if let failure = AllocationByNeedTests.compare(instance) { Issue.record("seed \(seed): \(failure)") }
        }
    }

    /// With the fast search given one node, GLPK proves the optimum, the tie rule included.
    @Test(arguments: Family.allCases)
    func certifiedFallbackMatchesBruteForce(family: Family) throws {
        try Self.checkThroughGLPK(family, seeds: 5...7, bodies: 14, r: family == .realistic ? 100 : 12)
    }

    /// Each seed's instance, scores raised by `offset`, the fast search given one node (so
    /// GLPK proves the optimum), against brute force.
    static func checkThroughGLPK(_ family: Family, seeds: ClosedRange<UInt64>, bodies: Int, r: Int,
                                 offset: Double = 0) throws {
        for seed in seeds {
            var instance = try instance(family, seed: seed, bodies: bodies, r: r)
            instance.candidates = instance.candidates.map {
                AllocationCandidate(code: $0.code, district: $0.district, score: $0.score + offset, cost: $0.cost, order: $0.order)
            }
            instance.request.nodeLimit = 1
            if let failure = AllocationByNeedTests.compare(instance) { Issue.record("seed \(seed): \(failure)") }
        }
    }

    /// Integer scores (cost = 37·score ± 5) at a size brute force cannot check: proven.
    @Test func integerScoresProveAtScale() throws {
        var instance = try Self.instance(.costTracksScore, seed: 11, bodies: 120, r: 10_000)
        instance.request.count = 40
        let result = try Allocator.allocate(instance.candidates, instance.request)
        #expect(result.optimal)
        #expect(violations(result, instance).isEmpty)
        #expect(result.totalScore == result.totalScore.rounded())
    }

    /// Scores near 10^9 units: GLPK's default objective tolerance (1e-7 relative) would be
    /// hundreds of units there and would prune better choices; the fallback must stay exact.
    @Test func certifiedFallbackIsExactAtLargeMagnitudes() throws {
        try Self.checkThroughGLPK(.almostStronglyCorrelated, seeds: 1...3, bodies: 15, r: 100, offset: 1e9)
    }

    /// The same answer whatever the input order, also through GLPK.
    @Test func certifiedFallbackIsDeterministic() throws {
        var instance = try Self.instance(.almostStronglyCorrelated, seed: 3, bodies: 60, r: 1_000)
        instance.request.nodeLimit = 1
        let first = try Allocator.allocate(instance.candidates, instance.request)
        var rng = AllocationRNG(seed: 9)
        let second = try Allocator.allocate(instance.candidates.shuffled(using: &rng), instance.request)
        #expect(first.optimal && second.optimal)
        #expect(first.chosen == second.chosen)
        #expect(first.explanation.uniqueness == second.explanation.uniqueness)
        instance.request.nodeLimit = AllocationRequest.defaultNodeLimit
        let fast = try Allocator.allocate(instance.candidates, instance.request)
        #expect(fast.chosen == first.chosen && fast.totalScore == first.totalScore)
    }
}
