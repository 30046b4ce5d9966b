import Testing
@testable import MuniPlan

/// Apportionment: textbook tables, caps, zero weights, ties.
@Suite struct AllocationApportionTests {
    /// `perDistrict` bodies in each of the named districts, scores falling with the index.
    static func bodies(_ names: [String], perDistrict: Int = 30) -> [AllocationCandidate] {
        names.enumerated().flatMap { d, name in
            (0..<perDistrict).map { k in
                AllocationCandidate(code: "\(name)\(k)", district: name, score: Double(100 - k), order: d * 1000 + k)
            }
        }
    }

    func seats(_ method: ApportionMethod, _ weights: [Double], _ n: Int, perDistrict: Int = 30,
               refuseTies: Bool = false) throws -> [Int] {
        let names = weights.indices.map { "D\($0)" }
        let request = AllocationRequest(
            count: n, policy: .apportion(method, .population), districts: names, refuseTies: refuseTies,
            districtWeights: Dictionary(uniqueKeysWithValues: zip(names, weights)))
        let result = try Allocator.allocate(Self.bodies(names, perDistrict: perDistrict), request)
        return names.map { result.perDistrict[$0] ?? -1 }
    }

    @Test func hamiltonAlabamaParadox() throws {
        // Weights 6, 6, 2 (total 14).
        // N=10: quotas 4.286, 4.286, 1.429 → floors 4, 4, 1; the one seat left goes to the
        //       largest remainder, .429 → 4, 4, 2.
        // N=11: quotas 4.714, 4.714, 1.571 → floors 4, 4, 1; two left go to .714, .714 → 5, 5, 1.
        #expect(try seats(.hamilton, [6, 6, 2], 10) == [4, 4, 2])
        #expect(try seats(.hamilton, [6, 6, 2], 11) == [5, 5, 1])
        // The same weights lose a district its 4th seat when N grows from 24 to 25:
        // N=24: 10.286, 10.286, 3.429 → 10, 10, 3 + the seat left to .429 → 10, 10, 4.
        // N=25: 10.714, 10.714, 3.571 → 10, 10, 3 + two left to .714, .714 → 11, 11, 3.
        // (A 4 → 3 drop from N=10 to N=11 turned up nowhere: not in an exhaustive search of
        // 3 and 4 districts with weights below 40 and 60, nor in 1.5 million random draws of
        // 3 to 9 districts with weights up to 100.)
        #expect(try seats(.hamilton, [6, 6, 2], 24) == [10, 10, 4])
        #expect(try seats(.hamilton, [6, 6, 2], 25) == [11, 11, 3])
    }

    @Test func divisorTables() throws {
        // Weights 100, 80, 30, 20, 8 seats.
        // D'Hondt (÷1, 2, 3, …): 100A 80B 50A 40B 33.3A 30C 26.7B 25A | next 20 → 4, 3, 1, 0.
        #expect(try seats(.dhondt, [100, 80, 30, 20], 8) == [4, 3, 1, 0])
        // Webster (÷0.5, 1.5, 2.5, …): 200A 160B 66.7A 60C 53.3B 40A 40D 32B | next 28.6
        // (the tie at 40 is for the 6th/7th seat: both get one, nothing to report) → 3, 3, 1, 1.
        #expect(try seats(.webster, [100, 80, 30, 20], 8) == [3, 3, 1, 1])
        // Huntington–Hill (÷0, √2, √6, √12, …): four first seats, then 70.7A 56.6B 40.8A 32.7B → 3, 3, 1, 1.
        #expect(try seats(.huntingtonHill, [100, 80, 30, 20], 8) == [3, 3, 1, 1])
        // Weights 1000, 100, 10, 5 seats: HH gives every district its first seat, then
        // 707A, 408A → 3, 1, 1; D'Hondt and Webster give A all five (1000/5 = 200 > 100; 2000/9 = 222 > 200).
        #expect(try seats(.huntingtonHill, [1000, 100, 10], 5) == [3, 1, 1])
        #expect(try seats(.dhondt, [1000, 100, 10], 5) == [5, 0, 0])
        #expect(try seats(.webster, [1000, 100, 10], 5) == [5, 0, 0])
    }

    @Test(arguments: ApportionMethod.allCases)
    func zeroWeightGetsNothing(method: ApportionMethod) throws {
        #expect(try seats(method, [0, 5, 3], 4)[0] == 0)
        #expect(try seats(method, [5, 0, 3], 8)[1] == 0)
    }

    @Test(arguments: ApportionMethod.allCases)
    func zeroSeatsAndTooMany(method: ApportionMethod) throws {
        #expect(try seats(method, [3, 2], 0) == [0, 0])
        #expect(throws: AllocationError.notEnoughCandidates(count: 7, available: 6)) {
            try seats(method, [3, 2], 7, perDistrict: 3)
        }
        // A weightless district's bodies cannot take the seats the others cannot.
        #expect(throws: AllocationError.weightlessSeats(placeable: 3, count: 5)) {
            try seats(method, [3, 0], 5, perDistrict: 3)
        }
    }

    @Test(arguments: ApportionMethod.allCases)
    func capsRedistributeTheExcess(method: ApportionMethod) throws {
        // D0 would take most seats but has only 2 bodies.
        let result = try seats(method, [100, 10, 10], 6, perDistrict: 2)
        #expect(result == [2, 2, 2])
        let capped = try seats(method, [100, 30, 10], 6, perDistrict: 3)
        #expect(capped[0] == 3 && capped.reduce(0, +) == 6)
    }

    @Test(arguments: [ApportionMethod.dhondt, .webster, .hamilton])
    func tiesAreReportedAndRefused(method: ApportionMethod) throws {
        let names = ["A", "B", "C"]
        let request = AllocationRequest(
            count: 2, policy: .apportion(method, .bodies), districts: names,
            districtWeights: ["A": 1, "B": 1, "C": 1])
        let result = try Allocator.allocate(Self.bodies(names), request)
        #expect(result.perDistrict == ["A": 1, "B": 1, "C": 0])
        #expect(!result.unique)
        let detail = try #require(result.explanation.apportionment)
        #expect(detail.ties.map(\.winners) == [["A", "B"]])
        #expect(detail.ties.map(\.losers) == [["C"]])
        var refusing = request
        refusing.refuseTies = true
        #expect(throws: AllocationError.tiedDistricts(winners: ["A", "B"], losers: ["C"])) {
            try Allocator.allocate(Self.bodies(names), refusing)
        }
    }

    @Test func huntingtonHillFirstSeatsGoToTheHeavier() throws {
        // Fewer seats than districts: every first seat has an infinite priority; the heavier wins.
        #expect(try seats(.huntingtonHill, [10, 30, 20], 2) == [0, 1, 1])
        #expect(throws: AllocationError.tiedDistricts(winners: ["D0"], losers: ["D1"])) {
            try seats(.huntingtonHill, [10, 10], 1, refuseTies: true)
        }
    }

    @Test func explanationShowsQuotasAndPriorities() throws {
        let names = ["A", "B", "C"]
        let request = AllocationRequest(count: 10, policy: .apportion(.hamilton, .population), districts: names,
                                        districtWeights: ["A": 6, "B": 6, "C": 2])
        let hamilton = try #require(try Allocator.allocate(Self.bodies(names), request).explanation.apportionment)
        #expect(hamilton.rows.map(\.floor) == [4, 4, 1])
        #expect(hamilton.rows.map(\.seats) == [4, 4, 2])
        #expect(abs((hamilton.rows[2].remainder ?? 0) - 3.0 / 7.0) < 1e-12)
        #expect(abs(hamilton.rows[0].quota - 60.0 / 14.0) < 1e-12)
        var dhondt = request
        dhondt.policy = .apportion(.dhondt, .population)
        let detail = try #require(try Allocator.allocate(Self.bodies(names), dhondt).explanation.apportionment)
        // Seats in turn: 6A 6B 3A 3B 2A 2B 2C 1.5A 1.5B 1.2A — B's 5th would also be 1.2:
        // a tie for the last seat, won by A on display order.
        #expect(detail.rows[0].priorities == [6, 3, 2, 1.5, 1.2, 1])
        #expect(detail.rows[0].seatNumbers == [1, 3, 5, 8, 10])
        #expect(detail.rows[2].priorities == [2, 1])
        #expect(detail.ties == [DistrictTie(winners: ["A"], losers: ["B"], value: 1.2)])
        #expect(detail.rows.map(\.seats).reduce(0, +) == 10)
        #expect(detail.rows.flatMap(\.seatNumbers).sorted() == Array(1...10))
    }

    @Test func minAndRequiredAreCheckedNotBent() throws {
        let names = ["A", "B"]
        var request = AllocationRequest(count: 3, policy: .apportion(.dhondt, .population), districts: names,
                                        minPerDistrict: 1, districtWeights: ["A": 100, "B": 1])
        #expect(throws: AllocationError.shareBelowMin(district: "B", share: 0, min: 1, method: .dhondt)) {
            try Allocator.allocate(Self.bodies(names), request)
        }
        request.minPerDistrict = nil
        request.required = ["B0"]
        #expect(throws: AllocationError.requiredAboveShare(district: "B", required: 1, share: 0, method: .dhondt)) {
            try Allocator.allocate(Self.bodies(names), request)
        }
    }

    /// Without caps or ties, divisor methods agree with a plain floating-point reference.
    @Test(arguments: [ApportionMethod.dhondt, .webster, .huntingtonHill])
    func divisorMethodsMatchAReference(method: ApportionMethod) throws {
        var rng = AllocationRNG(seed: 4242)
        for _ in 0..<100 {
            let weights = (0..<Int.random(in: 1...6, using: &rng)).map { _ in Double(Int.random(in: 1...100_000, using: &rng)) }
            let n = Int.random(in: 0...40, using: &rng)
            var reference = [Int](repeating: 0, count: weights.count)
            for _ in 0..<n {
                let priority = { (d: Int) -> Double in
                    let s = Double(reference[d])
                    switch method {
                    case .dhondt, .hamilton: return weights[d] / (s + 1)
                    case .webster: return weights[d] / (s + 0.5)
                    case .huntingtonHill: return s == 0 ? 1e300 * weights[d] : weights[d] / (s * (s + 1)).squareRoot()
                    }
                }
                let d = weights.indices.max { priority($0) < priority($1) || (priority($0) == priority($1) && $0 > $1) } ?? 0
                reference[d] += 1
            }
            #expect(try seats(method, weights, n, perDistrict: 40) == reference)
        }
    }

    /// Hamilton without caps: every district gets its quota rounded down or up.
    @Test func hamiltonStaysWithinQuota() throws {
        var rng = AllocationRNG(seed: 7)
        for _ in 0..<100 {
            let weights = (0..<Int.random(in: 1...7, using: &rng)).map { _ in Double(Int.random(in: 0...5000, using: &rng)) }
            guard weights.contains(where: { $0 > 0 }) else { continue }
            let n = Int.random(in: 0...40, using: &rng)
            let result = try seats(.hamilton, weights, n, perDistrict: 40)
            let total = weights.reduce(0, +)
            #expect(result.reduce(0, +) == n)
            for (d, s) in result.enumerated() {
                let quota = Double(n) * weights[d] / total
                #expect(Double(s) >= quota.rounded(.down) && Double(s) <= quota.rounded(.up))
            }
        }
    }
}
