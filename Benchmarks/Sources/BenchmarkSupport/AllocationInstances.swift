import Foundation
import MuniPlan

/// One `allocate by need` problem: candidates (each with a cost), the districts and N.
public struct AllocationInstance: Sendable {
    public let name: String
    public let candidates: [AllocationCandidate]
    public let districts: [String]
    /// N: how many bodies to choose.
    public let count: Int

    /// By need with at least `minPerDistrict` per district, and a budget when given
    /// (each body costing its population, as `--cost population` does).
    public func request(minPerDistrict: Int? = 1, budget: Double? = nil) -> AllocationRequest {
        AllocationRequest(count: count, policy: .byNeed, districts: districts,
                          minPerDistrict: minPerDistrict, budget: budget)
    }

    /// A budget that binds but can be met: halfway between the cheapest way to meet the
    /// district minimums (each district's cheapest bodies) and the cost of the optimum
    /// without a budget, so the search must trade need for cost. Checks that the
    /// budgeted request is feasible and that the budget changes the choice.
    public func bindingBudget(minPerDistrict: Int = 1) throws -> Double {
        let free = try Allocator.allocate(candidates, request(minPerDistrict: minPerDistrict))
        guard let cost = free.totalCost else { throw InstanceError("no costs in \(name)") }
        var byDistrict: [String: [Double]] = [:]
        for c in candidates { byDistrict[c.district, default: []].append(c.cost ?? 0) }
        let floors = byDistrict.values.reduce(0) { $0 + $1.sorted().prefix(minPerDistrict).reduce(0, +) }
        let budget = (floors + (cost - floors) / 2).rounded()
        let bound = try Allocator.allocate(candidates, request(minPerDistrict: minPerDistrict, budget: budget))
        guard bound.chosen != free.chosen else { throw InstanceError("the budget does not bind in \(name)") }
        return budget
    }
}

public struct InstanceError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

public enum AllocationInstances {
    /// N in proportion to the Fukushima question (19 advisors for 59 municipalities):
    /// 59 → 19, 1,741 → 561, 20,000 → 6,441.
    public static func proportionalCount(_ bodies: Int) -> Int {
        Int((Double(bodies) * 19 / 59).rounded())
    }

    /// The real data: the bodies a municipal measure may cover (cities, towns, villages),
    /// scored by the default need weights for the first plan year, costing their population.
    public static func real(_ dataset: Dataset, name: String, count: Int? = nil) -> AllocationInstance {
        let plan = Plan()
        let need = NeedModel(dataset: dataset, plan: plan, year: dataset.firstFiscalYear)
        let bodies = dataset.bodies.filter { $0.kind.isMunicipality }
        let candidates = bodies.map { body in
            AllocationCandidate(code: body.code, district: body.district ?? "—", score: need.score(body),
                                cost: Double(body.population ?? 0), order: dataset.rank(of: body.code) ?? 0)
        }
        var districts = dataset.districts.map(\.name)
        if bodies.contains(where: { $0.district == nil }) { districts.append("—") }
        return AllocationInstance(name: name, candidates: candidates, districts: districts,
                                  count: count ?? proportionalCount(bodies.count))
    }

    /// A deterministic synthetic country: `bodies` bodies in `districts` districts of uneven
    /// size (every district has at least one body), populations log-normal like Japan's
    /// (median about 22,000, from 100 to 3.8 million), scores built like the default need
    /// score (smallness, kind, remoteness, two groups), costs the populations.
    public static func synthetic(bodies: Int, districts: Int = 47, seed: UInt64 = 2022,
                                 count: Int? = nil) -> AllocationInstance {
        precondition(bodies >= districts)
        var rng = SplitMix64(seed: seed ^ UInt64(bodies))
        let names = (1...districts).map { "D" + ($0 < 10 ? "0" : "") + String($0) }
        // Uneven district sizes: weights from 0.3 to 2.0 (Japan's prefectures hold 15 to 179).
        let weights = (0..<districts).map { _ in 0.3 + 1.7 * rng.unit() }
        var cumulative: [Double] = []
        var sum = 0.0
        for w in weights { sum += w; cumulative.append(sum) }
        var populations: [Int] = []
        var districtOf: [Int] = []
        for i in 0..<bodies {
            let d: Int
            if i < districts { d = i } else {
                let x = rng.unit() * sum
                var lo = 0, hi = districts - 1
                while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] <= x { lo = mid + 1 } else { hi = mid } }
                d = lo
            }
            districtOf.append(d)
            let p = exp(10.0 + 1.25 * rng.normal())
            populations.append(Int(min(3_800_000, max(100, p)).rounded()))
        }
        let maxPopulation = Double(populations.max() ?? 1)
        var candidates: [AllocationCandidate] = []
        candidates.reserveCapacity(bodies)
        for i in 0..<bodies {
            let population = populations[i]
            let small = 1 - log(Double(population) + 1) / log(maxPopulation + 1)
            let kind = population >= 50_000 ? 0 : (population < 10_000 && rng.unit() < 0.5 ? 0.5 : 0.25)
            let remote = 0.5 * rng.unit()
            let evac = rng.unit() < 0.03 ? 0.5 : 0
            let coast = rng.unit() < 0.05 ? 0.25 : 0
            let code = String(100_000 + i)
            candidates.append(AllocationCandidate(
                code: code, district: names[districtOf[i]], score: small + kind + remote + evac + coast,
                cost: Double(population), order: i))
        }
        return AllocationInstance(name: "synthetic-\(bodies)", candidates: candidates, districts: names,
                                  count: count ?? proportionalCount(bodies))
    }
}
