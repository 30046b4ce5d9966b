import Testing
import TestSupport
@testable import MuniPlan

/// Every left-out body gets its own true reason: the one a direct reading of the swaps gives.
@Suite struct LeftOutReasonTests {
    /// The advisor allocation of README's walk-through: 19 by need, at least one per district.
    static func advisor() throws -> (Dataset, [AllocationCandidate], AllocationRequest, AllocationResult) {
        let dataset = try bundledDataset()
        let measure = try #require(dataset.measure(id: "advisor"))
        let need = NeedModel(dataset: dataset, plan: Plan(), year: dataset.firstFiscalYear)
        let candidates = dataset.bodies.filter(measure.isEligible).map { body in
            AllocationCandidate(code: body.code, district: body.district ?? "—", score: need.score(body),
                                order: dataset.rank(of: body.code) ?? 0)
        }
        let request = AllocationRequest(count: 19, districts: dataset.districts.map(\.name), minPerDistrict: 1)
        return (dataset, candidates, request, try Allocator.allocate(candidates, request))
    }

    @Test("advisor 19 --min-per-district 1: only 天栄村 is kept out by the minimum; the rest fall short of a body they could replace")
    func advisorGolden() throws {
        let (dataset, _, _, result) = try Self.advisor()
        let name = { (code: String) in dataset.body(code: code)?.name ?? code }
        let reasons = result.explanation.candidates.filter { !$0.chosen }.map {
            "\(name($0.code)): " + ($0.leftOutBecause?.message(naming: name).text(in: .english) ?? "")
        }
        #expect(reasons == Self.golden)
        // The minimum keeps いわき市 in once: one body, the best left out, is displaced.
        #expect(reasons.filter { $0.contains("min per district") }.count == 1)
        #expect(result.explanation.bestLeftOut?.leftOutBecause == .displacedByMinimum(district: "いわき", body: "072044"))
    }

    /// What explain says of each left-out body, in rank order.
    static let golden = [
        "天栄村: min per district keeps いわき市 in いわき",
        "南相馬市: lower need than 北塩原村, 1.062 < 1.076",
        "平田村: lower need than 田村市, 1.058 < 1.072",
        "玉川村: lower need than 田村市, 1.054 < 1.072",
        "只見町: lower need than 北塩原村, 1.041 < 1.076",
        "金山町: lower need than 北塩原村, 1.016 < 1.076",
        "西郷村: lower need than 北塩原村, 1.013 < 1.076",
        "三島町: lower need than 北塩原村, 0.994 < 1.076",
        "矢祭町: lower need than 北塩原村, 0.967 < 1.076",
        "新地町: lower need than 北塩原村, 0.957 < 1.076",
        "柳津町: lower need than 北塩原村, 0.901 < 1.076",
        "塙町: lower need than 北塩原村, 0.895 < 1.076",
        "大玉村: lower need than 北塩原村, 0.891 < 1.076",
        "下郷町: lower need than 北塩原村, 0.883 < 1.076",
        "古殿町: lower need than 田村市, 0.880 < 1.072",
        "西会津町: lower need than 北塩原村, 0.867 < 1.076",
        "浅川町: lower need than 田村市, 0.866 < 1.072",
        "南会津町: lower need than 北塩原村, 0.845 < 1.076",
        "棚倉町: lower need than 北塩原村, 0.827 < 1.076",
        "磐梯町: lower need than 北塩原村, 0.803 < 1.076",
        "石川町: lower need than 田村市, 0.762 < 1.072",
        "小野町: lower need than 田村市, 0.745 < 1.072",
        "鏡石町: lower need than 田村市, 0.738 < 1.072",
        "会津坂下町: lower need than 北塩原村, 0.738 < 1.076",
        "会津美里町: lower need than 北塩原村, 0.734 < 1.076",
        "矢吹町: lower need than 北塩原村, 0.734 < 1.076",
        "猪苗代町: lower need than 北塩原村, 0.659 < 1.076",
        "三春町: lower need than 田村市, 0.625 < 1.072",
        "国見町: lower need than 北塩原村, 0.595 < 1.076",
        "相馬市: lower need than 北塩原村, 0.583 < 1.076",
        "桑折町: lower need than 北塩原村, 0.559 < 1.076",
        "白河市: lower need than 北塩原村, 0.430 < 1.076",
        "喜多方市: lower need than 北塩原村, 0.373 < 1.076",
        "須賀川市: lower need than 田村市, 0.329 < 1.072",
        "会津若松市: lower need than 北塩原村, 0.306 < 1.076",
        "本宮市: lower need than 北塩原村, 0.301 < 1.076",
        "二本松市: lower need than 北塩原村, 0.223 < 1.076",
        "伊達市: lower need than 北塩原村, 0.177 < 1.076",
        "郡山市: lower need than 田村市, 0.165 < 1.072",
        "福島市: lower need than 北塩原村, 0.013 < 1.076",
    ]

    @Test("advisor: every left-out body's reason is the one the swaps give")
    func advisorAgreesWithSwaps() throws {
        let (_, candidates, request, result) = try Self.advisor()
        let reading = SwapReading(candidates, request, result).reasons()
        let left = result.explanation.candidates.filter { !$0.chosen }
        #expect(reading.count == left.count)
        for c in left { #expect(c.leftOutBecause == reading[c.code], "\(c.code)") }
    }

    @Test("small random instances, by need with and without a budget, spread, apportion: explain agrees with the swaps",
          arguments: [false, true])
    func randomInstances(budget: Bool) {
        var rng = AllocationRNG(seed: budget ? 41 : 40)
        var checked = 0
        for round in 0..<400 {
            var instance = AllocationInstance.random(&rng, maxBodies: 9, budget: budget, negative: round % 3 == 0)
            if !budget, round % 4 == 1 { instance.request.policy = .spread }
            if !budget, round % 4 == 2 {
                instance.request.policy = .apportion(.hamilton, .population)
                for d in instance.request.districts { instance.request.districtWeights[d] = Double(Int.random(in: 1...9, using: &rng)) }
            }
            guard let result = try? Allocator.allocate(instance.candidates, instance.request), result.optimal else { continue }
            let reading = SwapReading(instance.candidates, instance.request, result).reasons()
            for c in result.explanation.candidates where !c.chosen && c.leftOutBecause != .excluded {
                #expect(c.leftOutBecause == reading[c.code], "round \(round): \(c.code) in \(instance.request)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    /// A constraint alone, on distinct scores: relaxing it.
    enum Relaxed: String, CaseIterable { case minimum, maximum, required }

    @Test("under one constraint alone, the bodies it is said to keep out are exactly those the allocation without it takes",
          arguments: Relaxed.allCases)
    func keptOutIsWhatRelaxingBringsIn(_ relaxed: Relaxed) {
        var rng = AllocationRNG(seed: 43)
        var displaced = 0
        for _ in 0..<300 {
            let n = Int.random(in: 2...10, using: &rng)
            let districts = (0..<Int.random(in: 1...4, using: &rng)).map { "D\($0)" }
            let scores = Array(0..<n).shuffled(using: &rng)
            let candidates = (0..<n).map { i in
                AllocationCandidate(code: "B\(i)", district: districts.randomElement(using: &rng) ?? "D0",
                                    score: Double(scores[i]), order: i)
            }
            var request = AllocationRequest(count: Int.random(in: 1...n, using: &rng), districts: districts)
            switch relaxed {
            case .minimum: request.minPerDistrict = Int.random(in: 1...2, using: &rng)
            case .maximum: request.maxPerDistrict = Int.random(in: 1...3, using: &rng)
            case .required: request.required = Set((0..<2).map { _ in "B\(Int.random(in: 0..<n, using: &rng))" })
            }
            // When required bodies take every place, each body left out is out for them.
            guard let result = try? Allocator.allocate(candidates, request), result.chosen.count > request.required.count else { continue }
            (request.minPerDistrict, request.maxPerDistrict, request.required) = (nil, nil, [])
            guard let free = try? Allocator.allocate(candidates, request) else { continue }
            let kept = result.explanation.candidates.filter {
                switch $0.leftOutBecause {
                case .displacedByMinimum?: relaxed == .minimum
                case .districtAtMax(_, _?)?: relaxed == .maximum
                case .displacedByRequired?: relaxed == .required
                default: false
                }
            }.map(\.code)
            #expect(Set(kept) == free.chosenSet.subtracting(result.chosen), "\(candidates) \(request)")
            displaced += kept.count
        }
        #expect(displaced > 15)
    }

    @Test("a left-out body under a maximum, a required body and a budget: each its own reason")
    func eachConstraint() throws {
        let candidates = AllocationExplanationTests.candidates
        let max = try Allocator.allocate(candidates, AllocationRequest(count: 2, districts: ["県中", "南会津"], maxPerDistrict: 1))
        #expect(max.explanation.candidate("市C")?.leftOutBecause == .districtAtMax(max: 1, instead: "村A"))
        #expect("\(max.explanation.candidate("市C")!.leftOutBecause!)" == "district at max 1, so it cannot replace lower-need 村A")
        // 町D cannot replace 村A either: 村A was claimed by 市C, the best body the maximum keeps out.
        #expect(max.explanation.candidate("町D")?.leftOutBecause == .lowerNeed(NeedGap(body: "市B", need: 7, other: 9)))
        // The only place taken by a required body: every other body is out for it.
        let required = try Allocator.allocate(candidates, AllocationRequest(count: 1, districts: ["県中", "南会津"], required: ["村E"]))
        #expect(required.explanation.candidates.filter { !$0.chosen }.map { "\($0.leftOutBecause!)" }
            == Array(repeating: "required 村E takes the place", count: 4))
        let budget = try Allocator.allocate(candidates, AllocationRequest(count: 2, districts: ["県中", "南会津"], budget: 60))
        #expect("\(budget.explanation.candidate("市C")!.leftOutBecause!)" == "over budget: fits only in place of 市B, need 8.000 < 9.000")
        #expect(budget.explanation.candidate("市C")!.leftOutBecause!.message.text(in: .japanese)
            == "予算超過：市Bと入れ替えれば予算内だが必要度が下がる（8.000 < 9.000）")
    }

    @Test("scores that agree to three decimals are shown with the digits that tell them apart")
    func digits() {
        #expect(NeedGap(body: "x", need: 1.07151, other: 1.07162).texts == ("1.0715", "1.0716"))
        #expect(NeedGap(body: "x", need: 1.2, other: 1.3).texts == ("1.200", "1.300"))
        #expect(LeftOutReason.lowerNeed(NeedGap(body: "x", need: 1.2, other: 1.3)).message.text(in: .japanese)
            == "xより必要度が低い（1.200 < 1.300）")
    }

    @Test("looking a body up in an explanation is a dictionary: every code of a large allocation answers")
    func lookup() throws {
        let candidates = (0..<5_000).map { AllocationCandidate(code: "b\($0)", district: "D\($0 % 7)", score: Double($0 % 97), order: $0) }
        let result = try Allocator.allocate(candidates, AllocationRequest(count: 561, districts: (0..<7).map { "D\($0)" }, minPerDistrict: 1))
        #expect(candidates.allSatisfy { result.explanation.candidate($0.code)?.code == $0.code })
        #expect(result.explanation.candidate("nobody") == nil)
    }
}
