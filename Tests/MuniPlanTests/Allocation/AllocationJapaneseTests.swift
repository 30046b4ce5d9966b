import Testing
@testable import MuniPlan

/// Why an allocation cannot be made, and why a body is in or out, in Japanese.
@Suite struct AllocationJapaneseTests {
    func japanese(_ request: AllocationRequest) -> String? {
        do {
            _ = try Allocator.allocate(AllocationErrorTests.bodies, request)
            return nil
        } catch {
            return error.message.text(in: .japanese)
        }
    }

    @Test func errorsSayWhatToChange() {
        let d = AllocationErrorTests.districts
        #expect(japanese(AllocationRequest(count: 5, districts: d, minPerDistrict: 1)) == "地域ごとの下限1には7団体が必要ですが、Nは5です")
        #expect(japanese(AllocationRequest(count: 30, districts: d)) == "Nは30ですが、対象は21団体だけです")
        #expect(japanese(AllocationRequest(count: 3, districts: d, minPerDistrict: -1)) == "地域ごとの下限に負の数は指定できません（-1）")
        let missing = (10..<22).map { "9\($0)" }
        #expect(japanese(AllocationRequest(count: 3, districts: d, required: Set(missing)))
            == "必須に指定されていますが対象外です：910、911、912、913、914、915、916、917、918、919ほか2団体")
        // English as before.
        #expect(AllocationError.requiredNotEligible(missing).description
            == "required but not eligible: 910, 911, 912, 913, 914, 915, 916, 917, 918, 919 and 2 more")
    }

    @Test func reasonsAndBindings() throws {
        let request = AllocationRequest(count: 2, districts: ["県中", "南会津"], minPerDistrict: 1)
        let explanation = try Allocator.allocate(AllocationExplanationTests.candidates, request).explanation
        let left = try #require(explanation.bestLeftOut?.leftOutBecause)
        #expect(left.message.text(in: .japanese) == "地域ごとの下限により南会津では村Aを選定")
        #expect(explanation.candidate("村A")?.chosenBecause?.message.text(in: .japanese) == "地域ごとの下限")
        #expect(explanation.bindings[0].message.text(in: .japanese)
            == "地域ごとの下限1が南会津で効いている：県中の市Cより必要度の低い村Aを選定")
        #expect(explanation.uniqueness.message.text(in: .japanese) == "唯一の解")
    }
}
