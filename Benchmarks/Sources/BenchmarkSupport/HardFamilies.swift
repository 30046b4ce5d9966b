import Foundation
import MuniPlan

/// Knapsack families known to be hard for branch and bound (Pisinger, "Where are the hard
/// knapsack problems?", 2005), laid over real bodies and districts, plus the realistic
/// 20,000-body case. Every instance: N bodies, at least one per district, and a budget of
/// half the cost of the unbudgeted optimum (floored to a whole unit).
public enum HardFamily: String, CaseIterable, Sendable {
    /// cost = 37·score ± 5 (almost strongly correlated in the other direction: "spanner"-like).
    case costTracksScore = "cost=37score+-5"
    /// score = cost + 1000: strongly correlated.
    case stronglyCorrelated = "score=cost+1000"
    /// score = cost + 1000 ± 20: almost strongly correlated.
    case almostStronglyCorrelated = "score=cost+1000+-20"
    /// need ≈ population (within ±10 %, three decimals), cost = population.
    case realistic = "need~population"

    /// Scores and costs drawn from [1, 10,000] (Pisinger's R), or from the populations.
    public func values(_ rng: inout SplitMix64, population: Double) -> (score: Double, cost: Double) {
        let r = 10_000
        switch self {
        case .costTracksScore:
            let score = 1 + rng.below(r)
            return (Double(score), Double(max(1, 37 * score + rng.below(11) - 5)))
        case .stronglyCorrelated:
            let cost = 1 + rng.below(r)
            return (Double(cost + 1000), Double(cost))
        case .almostStronglyCorrelated:
            let cost = 1 + rng.below(r)
            return (Double(cost + 1000 + rng.below(41) - 20), Double(cost))
        case .realistic:
            let need = (population * (0.9 + 0.2 * rng.unit()) * 1000).rounded() / 1000
            return (need, population)
        }
    }

    /// The family over `base`'s bodies and districts (its own scores and costs replaced).
    public func instance(over base: AllocationInstance, seed: UInt64) throws -> FamilyInstance {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9 ^ UInt64(base.candidates.count))
        let candidates = base.candidates.map { c in
            let (score, cost) = values(&rng, population: c.cost ?? 1)
            return AllocationCandidate(code: c.code, district: c.district, score: score, cost: cost, order: c.order)
        }
        let shaped = AllocationInstance(name: "\(rawValue) seed \(seed)", candidates: candidates,
                                        districts: base.districts, count: base.count)
        let free = try Allocator.allocate(candidates, shaped.request(minPerDistrict: 1))
        guard let cost = free.totalCost else { throw InstanceError("no costs in \(shaped.name)") }
        return FamilyInstance(instance: shaped, budget: (cost / 2).rounded(.down))
    }
}

/// A family instance with its budget, and the file both muniplan's and HiGHS's runs read.
public struct FamilyInstance: Sendable {
    public let instance: AllocationInstance
    public let budget: Double

    public init(instance: AllocationInstance, budget: Double) { (self.instance, self.budget) = (instance, budget) }

    public var request: AllocationRequest { instance.request(minPerDistrict: 1, budget: budget) }

    /// `# count=N min=1 budget=B`, then `code,district,score,cost` rows (Benchmarks/anchors/ reads it).
    public var fileText: String {
        var text = "# count=\(instance.count) min=1 budget=\(budget)\ncode,district,score,cost\n"
        for c in instance.candidates {
            text += "\(c.code),\(c.district),\(c.score),\(c.cost ?? 0)\n"
        }
        return text
    }

    /// Reads what `fileText` wrote (districts in first-seen order): the header line, then
    /// CSV read by MuniPlan's own reader.
    public static func read(_ path: String) throws -> FamilyInstance {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        guard bytes.first == UInt8(ascii: "#"), let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            throw InstanceError("\(path): no header")
        }
        var fields: [String: String] = [:]
        for part in String(decoding: bytes[1..<end], as: UTF8.self).split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let count = fields["count"].flatMap({ Int($0) }), let budget = fields["budget"].flatMap({ Double($0) }) else {
            throw InstanceError("\(path): header needs count and budget")
        }
        let table = try CSVTable(bytes: Array(bytes[(end + 1)...]), file: path)
        let columns = try table.columns(["code", "district", "score", "cost"])
        var candidates: [AllocationCandidate] = []
        var districts: [String] = []
        var seen = Set<String>()
        for (i, record) in table.records.enumerated() {
            let cells = columns.map { $0 < record.fields.count ? record.fields[$0] : "" }
            guard let score = Double(cells[2]), let cost = Double(cells[3]) else {
                throw InstanceError("\(path): bad row \(record.line + 1)")
            }
            if seen.insert(cells[1]).inserted { districts.append(cells[1]) }
            candidates.append(AllocationCandidate(code: cells[0], district: cells[1], score: score, cost: cost, order: i))
        }
        let instance = AllocationInstance(name: path, candidates: candidates, districts: districts, count: count)
        return FamilyInstance(instance: instance, budget: budget)
    }
}
