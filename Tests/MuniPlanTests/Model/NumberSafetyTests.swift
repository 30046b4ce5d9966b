import Foundation
import Testing
@testable import MuniPlan

/// Extreme numbers reaching the core: refused with a reason or handled, never a trap
/// (overflow, a Double→Int conversion) and never garbled text.
@Suite("Numbers at the edges")
struct NumberSafetyTests {
    static let districts = AllocationErrorTests.districts

    func message(_ request: AllocationRequest) -> String? {
        do {
            _ = try Allocator.allocate(AllocationErrorTests.bodies, request)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a huge minimum per district is refused, not an overflow (any policy)", arguments: [
        AllocationPolicy.byNeed, .spread, .apportion(.hamilton, .population), .apportion(.dhondt, .bodies),
    ])
    func hugeMinimum(policy: AllocationPolicy) {
        let weights = Dictionary(uniqueKeysWithValues: Self.districts.map { ($0, 10.0) })
        for k in [2_000_000_000_000_000_000, 1_317_624_576_693_539_402, Int.max] {
            let request = AllocationRequest(count: 5, policy: policy, districts: Self.districts, minPerDistrict: k,
                                            districtWeights: weights)
            #expect(message(request) == "min per district must be at most 1,000,000 (got \(k))")
        }
    }

    @Test("huge N and maximum are refused with the limit")
    func hugeCounts() {
        #expect(message(AllocationRequest(count: Int.max, districts: Self.districts)) == "N must be at most 1,000,000 (got \(Int.max))")
        #expect(message(AllocationRequest(count: 5, districts: Self.districts, maxPerDistrict: Int.max))
                == "max per district must be at most 1,000,000 (got \(Int.max))")
        // At the limit the usual reasons apply: the arithmetic of the checks does not overflow.
        #expect(message(AllocationRequest(count: 5, districts: Self.districts, minPerDistrict: 1_000_000))
                == "min 1000000 per district needs 7000000 bodies but N is 5")
        #expect(message(AllocationRequest(count: 1_000_000, districts: Self.districts)) == "N is 1000000 but only 21 bodies are eligible")
    }

    @Test("extreme scores, costs and budgets allocate or are refused, without trapping")
    func extremeScoresAndCosts() {
        let scores = [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, .leastNonzeroMagnitude, 1e300, -0.0]
        let candidates = scores.enumerated().map { i, s in
            AllocationCandidate(code: "c\(i)", district: "県北", score: s, cost: [1e308, 0, .leastNonzeroMagnitude, 1e15, 1][i], order: i)
        }
        for budget in [0, 1, 1e15, 1.7e308] {
            let request = AllocationRequest(count: 3, districts: ["県北"], budget: budget)
            _ = try? Allocator.allocate(candidates, request)
        }
        let result = try? Allocator.allocate(candidates, AllocationRequest(count: 2, districts: ["県北"]))
        #expect(result?.chosen.first == "c0")
    }

    @Test("a threshold is the smallest count reaching the target; out-of-range targets do not trap", arguments: [
        (41.0, 41), (41.5, 42), (0, 0), (-1e300, 0), (-0.0, 0), (1e19, Int.max), (1e300, Int.max),
        (.infinity, Int.max), (-.infinity, 0), (.nan, Int.max),
    ] as [(Double, Int)])
    func threshold(target: Double, expected: Int) {
        #expect(SimulationSetup.threshold(target) == expected)
    }

    @Test("saturating conversions clamp instead of trapping")
    func saturating() {
        #expect(Int(saturating: 1e19) == .max)
        #expect(Int(saturating: -1e19) == .min)
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: -.infinity) == .min)
        #expect(Int(saturating: 0x1p63) == .max)
        #expect(Int(saturating: -0x1p63) == .min)
        #expect(Int(saturating: 12.9) == 12)
        #expect(Int64(saturating: .infinity) == .max)
    }

    @Test("1e300 prints as 1e+300, not 1e+,300")
    func exponentNotGrouped() {
        #expect(Table.Cell.decimal(1e300, places: 2).display == "1e+300")
        #expect(Table.Cell.decimal(-1.5e20, places: 0).display == "-1.5e+20")
        #expect(Table.Cell.decimal(1234567.891, places: 2).display == "1,234,567.89")
        #expect(NumberText.shortest(1e300) == "1e+300")
    }

    @Test("every finite Double, at every number of places, displays as its plain form with separators")
    func formattingNeverGarbles() {
        var g = RandomSource(seed: 5)
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 999_999_999_999_999.9, 1e15, -1e15, .greatestFiniteMagnitude,
                                -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .leastNormalMagnitude, 0.1 + 0.2]
        for _ in 0..<3_000 { values.append(Double(bitPattern: g.next())) }
        for value in values where value.isFinite {
            for places in [0, 1, 2, 3, 6, -1, 40] {
                let cell = Table.Cell.decimal(value, places: places)
                let plain = cell.plain
                #expect(cell.display.replacingOccurrences(of: ",", with: "") == plain, "\(value) at \(places)")
                #expect(!cell.display.contains(",+") && !cell.display.contains("e,") && !cell.display.contains(",e"))
                let back = Double(plain)
                #expect(back != nil, "\(value) → \(plain)")
                if let back, abs(value) < 1e15 {
                    #expect(abs(back - value) <= 0.5 + abs(value) * 1e-15, "\(value) → \(plain)")
                }
            }
            #expect(Double(NumberText.shortest(value)) == value || NumberText.shortest(value) == "0", "\(value)")
        }
    }
}
