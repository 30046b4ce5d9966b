import Testing
@testable import MuniPlan

/// Infeasible and malformed requests: the reason, word for word.
@Suite struct AllocationErrorTests {
    static let districts = ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき"]

    /// Three bodies per district, scores falling with the code, cost 10 each.
    static var bodies: [AllocationCandidate] {
        districts.enumerated().flatMap { d, name in
            (0..<3).map { k in
                AllocationCandidate(code: "\(d)\(k)", district: name, score: Double(30 - 3 * d - k),
                                    cost: 10, order: d * 3 + k)
            }
        }
    }

    func message(_ request: AllocationRequest, _ candidates: [AllocationCandidate] = bodies) -> String? {
        do {
            _ = try Allocator.allocate(candidates, request)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func examplesFromTheIssue() {
        var request = AllocationRequest(count: 5, districts: Self.districts, minPerDistrict: 1)
        #expect(message(request) == "min 1 per district needs 7 bodies but N is 5")
        request = AllocationRequest(count: 19, districts: Self.districts, required: ["00", "10", "20", "30", "40", "50", "60", "01", "11", "21", "31", "41"], budget: 100)
        #expect(message(request) == "required bodies cost 120 > budget 100")
    }

    @Test func otherReasons() {
        let d = Self.districts
        #expect(message(AllocationRequest(count: -1, districts: d)) == "N must not be negative (got -1)")
        #expect(message(AllocationRequest(count: 30, districts: d)) == "N is 30 but only 21 bodies are eligible")
        #expect(message(AllocationRequest(count: 3, districts: d, required: ["00"], excluded: ["00"]))
            == "required and excluded at once: 00")
        #expect(message(AllocationRequest(count: 3, districts: d, required: ["99"])) == "required but not eligible: 99")
        #expect(message(AllocationRequest(count: 3, districts: d, maxPerDistrict: 1, required: ["00", "01"]))
            == "2 required bodies in 県北 > max 1 per district")
        #expect(message(AllocationRequest(count: 1, districts: d, required: ["00", "01"]))
            == "2 bodies are required but N is 1")
        #expect(message(AllocationRequest(count: 10, districts: d, minPerDistrict: 3, maxPerDistrict: 2))
            == "min 3 per district > max 2 per district")
        #expect(message(AllocationRequest(count: 15, districts: d, maxPerDistrict: 2))
            == "max 2 per district allows at most 14 bodies but N is 15")
        let noCost = [AllocationCandidate(code: "07", district: "県北", score: 1, order: 0)]
        #expect(message(AllocationRequest(count: 1, districts: d, budget: 5), noCost)
            == "a budget needs a cost for every body; none for 07")
        #expect(message(AllocationRequest(count: 7, districts: d, minPerDistrict: 1, budget: 65))
            == "min 1 per district costs at least 70 > budget 65")
        #expect(message(AllocationRequest(count: 3, policy: .spread, districts: d, budget: 65))
            == "a budget does not apply to spread")
        #expect(message(AllocationRequest(count: 7, districts: d + ["空"], minPerDistrict: 1), Self.bodies)
            == "min 1 per district needs 8 bodies but N is 7")
        #expect(message(AllocationRequest(count: 8, districts: d + ["空"], minPerDistrict: 1), Self.bodies)
            == "min 1 per district but 空 has only 0 eligible bodies")
        #expect(message(AllocationRequest(count: 3, districts: d, budget: 12.5),
                        [AllocationCandidate(code: "x", district: "県北", score: 1, cost: -1, order: 0)])
            == "body x has cost -1; costs must be numbers not below 0")
        #expect(message(AllocationRequest(count: 1, districts: ["A"]),
                        [AllocationCandidate(code: "x", district: "B", score: 1, order: 0)])
            == "body x is in district 'B', which is not in the district list")
    }

    @Test func minAndRequiredTogether() {
        let request = AllocationRequest(count: 8, districts: Self.districts, minPerDistrict: 1,
                                        required: ["00", "01", "02"])
        #expect(message(request) == "min 1 per district with the required bodies needs 9 bodies but N is 8")
    }

    @Test func fractionalNumbersKeepTheirDecimals() {
        let request = AllocationRequest(count: 2, districts: Self.districts, required: ["00"], budget: 7.5)
        #expect(message(request) == "required bodies cost 10 > budget 7.5")
        #expect(AllocationNumber.text(120) == "120")
        #expect(AllocationNumber.text(0.25) == "0.25")
    }

    @Test func budgetMakesNACeiling() throws {
        // With a budget N is at most: 30 asked, 21 offered, budget for 3.
        let result = try Allocator.allocate(Self.bodies, AllocationRequest(count: 30, districts: Self.districts, budget: 30))
        #expect(result.chosen.count == 3)
        #expect(result.totalCost == 30)
    }
}
