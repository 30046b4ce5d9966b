import Testing
@testable import MuniPlan

/// Coverage summed by district and for the prefecture: counts, shares, population-weighted shares.
@Suite("Coverage roll-ups")
struct CoverageRollUpTests {
    typealias F = CoverageFixture

    @Test("one roll-up a district in the data set's order, then the bodies without a district")
    func districtsInOrder() {
        let scopes = F.coverage(year: 2022).byDistrict.map(\.scope)
        #expect(scopes == [.district("北"), .district("南"), .district("西"), .noDistrict])
    }

    @Test("shares of bodies and of population differ when the covered body is small")
    func populationWeighting() throws {
        let north = try #require(F.coverage(year: 2022).byDistrict.first)
        let advisor = try #require(north.tally("advisor"))
        #expect(north.bodies == 2)
        #expect(north.population == 101_000)
        #expect(advisor.covered == 1)
        #expect(advisor.coveredPopulation == 1_000)
        #expect(advisor.bodyPercent == 50)
        #expect(advisor.populationPercent == 100 * 1_000 / 101_000.0)
        // The city is covered by cloud: one body in two, but most of the people.
        let cloud = try #require(north.tally("cloud"))
        #expect(cloud.bodyPercent == 50)
        #expect(cloud.populationPercent == 100 * 100_000 / 101_000.0)
    }

    @Test("a district with no covered body has zero shares, not missing ones")
    func districtWithNothingCovered() throws {
        let west = try #require(F.coverage(year: 2023, cumulative: true).byDistrict.first { $0.scope == .district("西") })
        for tally in west.tallies {
            #expect(tally.covered == 0)
            #expect(tally.coveredPopulation == 0)
            #expect(tally.bodyPercent == 0)
            #expect(tally.populationPercent == 0)
        }
        #expect(west.tally("advisor")?.eligible == 1)
    }

    @Test("bodies without a known population have no population share")
    func noKnownPopulation() throws {
        let loose = try #require(F.coverage(year: 2022).byDistrict.last)
        #expect(loose.scope == .noDistrict)
        #expect(loose.population == nil)
        #expect(loose.tally("cloud")?.covered == 1)
        #expect(loose.tally("cloud")?.bodyPercent == 100)
        #expect(loose.tally("cloud")?.populationPercent == nil)
        // advisor may not cover the association.
        #expect(loose.tally("advisor")?.eligible == 0)
        #expect(loose.tally("cloud")?.eligible == 1)
    }

    @Test("an empty group has no shares at all")
    func emptyGroup() {
        let empty = CoverageRollUp(F.coverage(year: 2022), bodies: [], scope: .district("東"))
        #expect(empty.bodies == 0)
        #expect(empty.population == nil)
        #expect(empty.tallies.allSatisfy { $0.bodyPercent == nil && $0.populationPercent == nil })
    }

    @Test("the prefecture's totals are the sums of its groups")
    func totals() {
        let coverage = F.coverage(year: 2023, cumulative: true)
        let total = coverage.total
        #expect(total.scope == .prefecture)
        #expect(total.bodies == 5)
        #expect(total.population == 110_500)
        #expect(total.tally("advisor")?.covered == 3)
        #expect(total.tally("advisor")?.coveredPopulation == 110_000)
        #expect(total.tally("advisor")?.eligible == 4)
        #expect(total.tally("cloud")?.covered == 2)
        #expect(total.tally("cloud")?.eligible == 5)
        for (i, measure) in coverage.measures.enumerated() {
            #expect(coverage.byDistrict.map { $0.tallies[i].covered }.reduce(0, +) == total.tallies[i].covered, "\(measure.id)")
            #expect(coverage.byDistrict.map { $0.tallies[i].eligible }.reduce(0, +) == total.tallies[i].eligible, "\(measure.id)")
        }
        #expect(coverage.byDistrict.map(\.bodies).reduce(0, +) == total.bodies)
    }
}
