import Testing
@testable import MuniPlan

/// What `explain` gets: ranks, reasons, bindings, the best body left out.
@Suite struct AllocationExplanationTests {
    static let candidates = [
        AllocationCandidate(code: "市B", district: "県中", score: 9, cost: 50, order: 1),
        AllocationCandidate(code: "市C", district: "県中", score: 8, cost: 40, order: 2),
        AllocationCandidate(code: "町D", district: "県中", score: 7, cost: 10, order: 3),
        AllocationCandidate(code: "村A", district: "南会津", score: 2, cost: 5, order: 4),
        AllocationCandidate(code: "村E", district: "南会津", score: 1, cost: 5, order: 5),
    ]

    @Test func minPerDistrictBinds() throws {
        let request = AllocationRequest(count: 2, districts: ["県中", "南会津"], minPerDistrict: 1)
        let result = try Allocator.allocate(Self.candidates, request)
        #expect(result.chosen == ["市B", "村A"])
        #expect(result.optimal && result.unique)
        let explanation = result.explanation
        #expect(explanation.bindings.contains(
            .minPerDistrict(min: 1, district: "南会津", chosen: "村A", over: "市C", overDistrict: "県中")))
        #expect("\(explanation.bindings[0])" == "min 1 per district binds in 南会津: 村A chosen over higher-scoring 市C in 県中")
        #expect(explanation.candidate("村A")?.chosenBecause == .minPerDistrict)
        #expect(explanation.candidate("市B")?.chosenBecause == .need)
        #expect(explanation.bestLeftOut?.code == "市C")
        #expect(explanation.bestLeftOut?.leftOutBecause == .displacedByMinimum(district: "南会津", body: "村A"))
        #expect(explanation.candidate("村E")?.leftOutBecause == .lowerNeed(NeedGap(body: "村A", need: 1, other: 2)))
        #expect(explanation.candidates.map(\.rank) == [1, 2, 3, 4, 5])
    }

    @Test func maxBinds() throws {
        let request = AllocationRequest(count: 2, districts: ["県中", "南会津"], maxPerDistrict: 1)
        let result = try Allocator.allocate(Self.candidates, request)
        #expect(result.chosen == ["市B", "村A"])
        #expect(result.explanation.candidate("市C")?.leftOutBecause == .districtAtMax(max: 1, instead: "村A"))
        #expect(result.explanation.bindings == [.maxPerDistrict(max: 1, district: "県中", leftOut: "市C", instead: "村A")])
    }

    @Test func excludedAndRequired() throws {
        let request = AllocationRequest(count: 2, districts: ["県中", "南会津"], maxPerDistrict: 1,
                                        required: ["村E"], excluded: ["市B"])
        let result = try Allocator.allocate(Self.candidates, request)
        #expect(result.chosen == ["市C", "村E"])
        let explanation = result.explanation
        #expect(explanation.candidate("市B")?.leftOutBecause == .excluded)
        #expect(explanation.candidate("村E")?.chosenBecause == .required)
        // 町D could replace 村E only were it not required and 県中 not at its maximum: the
        // weakest body it can replace is 市C.
        #expect(explanation.candidate("町D")?.leftOutBecause == .lowerNeed(NeedGap(body: "市C", need: 7, other: 8)))
        #expect(explanation.bindings.contains(.required(body: "村E", over: "町D")))
        #expect(explanation.bestLeftOut?.code == "町D")
        #expect(explanation.districts.map(\.chosen) == [1, 1])
    }

    @Test func budgetBinds() throws {
        let request = AllocationRequest(count: 2, districts: ["県中", "南会津"], budget: 60)
        let result = try Allocator.allocate(Self.candidates, request)
        // 市B+町D = 16 for 60; 市B+市C = 17 costs 90.
        #expect(result.chosen == ["市B", "町D"])
        #expect(result.totalCost == 60)
        #expect(result.optimal && result.unique)
        #expect(result.explanation.candidate("市C")?.leftOutBecause == .overBudget(fits: NeedGap(body: "市B", need: 8, other: 9)))
        #expect(result.explanation.bindings.contains(
            .budget(budget: 60, used: 60, score: 16, scoreWithout: 17, leftOut: "市C")))
        #expect(result.explanation.search?.proven == true)
    }

    /// Past the node limit GLPK proves the optimum; only a time limit (or Ctrl-C) leaves
    /// "best found, optimality not proven".
    @Test func timeLimitGivesUnprovenResult() throws {
        var rng = AllocationRNG(seed: 5)
        let candidates = (0..<60).map { i in
            AllocationCandidate(code: "b\(i)", district: "D\(i % 7)", score: Double.random(in: 0...10, using: &rng),
                                cost: Double(Int.random(in: 1...100, using: &rng)), order: i)
        }
        var request = AllocationRequest(count: 19, districts: (0..<7).map { "D\($0)" }, minPerDistrict: 1, budget: 400)
        request.nodeLimit = 1
        let certified = try Allocator.allocate(candidates, request)
        #expect(certified.optimal)
        request.timeLimit = 0
        let result = try Allocator.allocate(candidates, request)
        #expect(!result.optimal && !result.unique)
        #expect(result.explanation.uniqueness == .unproven)
        #expect(violations(result, AllocationInstance(candidates: candidates, request: request)).isEmpty)
        request.nodeLimit = AllocationRequest.defaultNodeLimit
        request.timeLimit = nil
        let proven = try Allocator.allocate(candidates, request)
        #expect(proven.optimal)
        #expect(proven.totalScore == certified.totalScore && proven.chosen == certified.chosen)
        #expect(proven.totalScore >= result.totalScore)
    }
}
