import Testing
@testable import MuniPlan

/// Spread: as even as supply allows, by need within districts.
@Suite struct AllocationSpreadTests {
    @Test func evenWithExtrasToTheBestNextBody() throws {
        // A has 5 bodies, B 5, C 1. N=7: level 2 would need 2+2+1 = 5, level 3 → 3+3+1 = 7.
        let candidates = ["A": 5, "B": 5, "C": 1].flatMap { name, n in
            (0..<n).map { AllocationCandidate(code: "\(name)\($0)", district: name, score: Double(10 - $0), order: $0) }
        }
        let request = AllocationRequest(count: 7, policy: .spread, districts: ["A", "B", "C"])
        let result = try Allocator.allocate(candidates, request)
        #expect(result.perDistrict == ["A": 3, "B": 3, "C": 1])
        #expect(result.explanation.bindings.contains(.shareCapped(district: "C", cap: 1)))
        // N=6: level 2 (2+2+1 = 5), one extra; A's and B's next bodies both score 8 → A by display order.
        var six = request
        six.count = 6
        let tied = try Allocator.allocate(candidates, six)
        #expect(tied.perDistrict == ["A": 3, "B": 2, "C": 1])
        #expect(tied.explanation.districtTies == [DistrictTie(winners: ["A"], losers: ["B"], value: 8)])
        #expect(!tied.unique)
        six.refuseTies = true
        #expect(throws: AllocationError.tiedDistricts(winners: ["A"], losers: ["B"])) {
            try Allocator.allocate(candidates, six)
        }
    }

    @Test func extraGoesToTheHigherNextScore() throws {
        let candidates = [
            AllocationCandidate(code: "a1", district: "A", score: 9, order: 1),
            AllocationCandidate(code: "a2", district: "A", score: 1, order: 2),
            AllocationCandidate(code: "b1", district: "B", score: 2, order: 3),
            AllocationCandidate(code: "b2", district: "B", score: 2, order: 4),
        ]
        let result = try Allocator.allocate(candidates, AllocationRequest(count: 3, policy: .spread, districts: ["A", "B"]))
        #expect(result.chosen == ["a1", "b1", "b2"])
        #expect(result.unique)
        #expect(result.explanation.candidate("a2")?.leftOutBecause == .districtShareFilled(share: 1, last: NeedGap(body: "a1", need: 1, other: 9)))
    }

    @Test func respectsRequiredMinAndMax() throws {
        var rng = AllocationRNG(seed: 31)
        var checked = 0
        for round in 0..<600 {
            var instance = AllocationInstance.random(&rng, maxBodies: 14, budget: false)
            instance.request.policy = .spread
            guard let result = try? Allocator.allocate(instance.candidates, instance.request) else { continue }
            checked += 1
            #expect(violations(result, instance).isEmpty, "round \(round)")
            // Even: a district below another by two or more must be at its cap.
            let request = instance.request
            let supply = Dictionary(grouping: instance.candidates.filter { !request.excluded.contains($0.code) }, by: \.district)
            let floors = request.districts.map { name in
                max(request.minPerDistrict ?? 0, request.required.filter { code in
                    instance.candidates.contains { $0.code == code && $0.district == name }
                }.count)
            }
            for (i, low) in request.districts.enumerated() {
                let cap = min(request.maxPerDistrict ?? .max, supply[low]?.count ?? 0)
                let count = result.perDistrict[low] ?? 0
                for high in request.districts where (result.perDistrict[high] ?? 0) >= count + 2 {
                    let j = request.districts.firstIndex(of: high) ?? 0
                    #expect(count == cap || (result.perDistrict[high] ?? 0) == floors[j],
                            "round \(round): \(low) \(count) vs \(high) \(result.perDistrict[high] ?? 0)")
                }
                _ = i
            }
        }
        #expect(checked > 150)
    }
}
