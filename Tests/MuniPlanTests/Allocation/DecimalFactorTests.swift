import Testing
@testable import MuniPlan

/// The decimal scale scores and costs share: the smallest 10^k that makes values whole.
@Suite struct DecimalFactorTests {
    static func exact(_ scaled: Double, _ largest: Double) -> Double { 1e-9 * max(1, abs(scaled)) }

    @Test func smallestPowerOfTenThatMakesEveryValueWhole() {
        #expect(DecimalFactor.smallest([3, 7], largest: 7, below: 0x1p40, tolerance: Self.exact) == 1)
        #expect(DecimalFactor.smallest([1.5, 2.25], largest: 2.25, below: 0x1p40, tolerance: Self.exact) == 100)
        #expect(DecimalFactor.smallest([0.123456], largest: 0.123456, below: 0x1p40, tolerance: Self.exact) == 1_000_000)
    }

    /// None within six decimals, or the largest would pass the limit: the caller's binary scale.
    @Test func nilWhenNoneFits() {
        #expect(DecimalFactor.smallest([1.0 / 3], largest: 1.0 / 3, below: 0x1p40, tolerance: Self.exact) == nil)
        #expect(DecimalFactor.smallest([1.5], largest: 1.5, below: 20, tolerance: Self.exact) == 10)
        #expect(DecimalFactor.smallest([1.25], largest: 1.25, below: 100, tolerance: Self.exact) == nil)
    }
}
