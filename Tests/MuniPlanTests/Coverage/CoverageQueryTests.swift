import Testing
@testable import MuniPlan

/// Which bodies a measure covers in a year or through it, since when, and who cannot be covered.
@Suite("Coverage query")
struct CoverageQueryTests {
    typealias F = CoverageFixture

    @Test("measures are taken once each in the order named; none named means every measure")
    func measuresAsNamed() throws {
        #expect(try CoverageQuery.measures(["cloud", "advisor", "cloud"], in: F.dataset).map(\.id) == ["cloud", "advisor"])
        #expect(try CoverageQuery.measures([], in: F.dataset).map(\.id) == ["advisor", "cloud"])
    }

    @Test("an unknown measure is a typed error that suggests the closest one")
    func unknownMeasure() {
        #expect(throws: PlanError.unknownMeasure("advisr", known: ["advisor", "cloud"])) {
            try CoverageQuery.measures(["cloud", "advisr"], in: F.dataset)
        }
        let error = PlanError.unknownMeasure("advisr", known: ["advisor", "cloud"])
        #expect(error.description == "unknown measure 'advisr' — did you mean advisor?")
    }

    @Test("a single year counts only that year's coverage; cumulative counts every year through it")
    func singleYearAndCumulative() {
        #expect(F.coverage(year: 2022).covered("advisor") == [F.village.code])
        #expect(F.coverage(year: 2022, cumulative: true).covered("advisor") == [F.city.code, F.village.code])
        #expect(F.coverage(year: 2023, cumulative: true).covered("advisor") == [F.city.code, F.village.code, F.town.code])
        // Nothing is planned after FY2023: a single later year is empty, cumulative keeps all.
        #expect(F.coverage(year: 2024).covered("advisor").isEmpty)
        #expect(F.coverage(year: 2024, cumulative: true).covered("advisor").count == 3)
    }

    @Test("a covered body's status names the first year it was covered, the baseline included")
    func coveredSince() {
        let cumulative = F.coverage(year: 2023, cumulative: true)
        #expect(cumulative.status(of: F.city, under: F.advisor) == .covered(since: FiscalYear(2021)))
        #expect(cumulative.status(of: F.village, under: F.advisor) == .covered(since: FiscalYear(2022)))
        #expect(cumulative.status(of: F.town, under: F.advisor) == .covered(since: FiscalYear(2023)))
        // In a single year a body covered again that year keeps its first year.
        var plan = F.plan
        plan.setCovered([F.city.code], measure: "advisor", year: FiscalYear(2023))
        let again = Coverage(plan, dataset: F.dataset, query: CoverageQuery(measures: [F.advisor], year: FiscalYear(2023)))
        #expect(again.status(of: F.city, under: F.advisor) == .covered(since: FiscalYear(2021)))
    }

    @Test("a body the measure may not cover is ineligible, not merely uncovered")
    func ineligible() {
        let coverage = F.coverage(year: 2022)
        #expect(coverage.status(of: F.association, under: F.advisor) == .ineligible)
        #expect(coverage.status(of: F.association, under: F.cloud).isCovered)
        #expect(coverage.status(of: F.remote, under: F.advisor) == .notCovered)
        // Covered in the baseline only: not covered in FY2022 itself.
        #expect(coverage.status(of: F.city, under: F.advisor) == .notCovered)
    }

    @Test("the measures covering a body come in query order")
    func measuresCoveringABody() {
        #expect(F.coverage(year: 2022, cumulative: true).measures(covering: F.city.code) == ["advisor", "cloud"])
        #expect(F.coverage([F.cloud, F.advisor], year: 2022, cumulative: true).measures(covering: F.city.code) == ["cloud", "advisor"])
        #expect(F.coverage(year: 2022).measures(covering: F.remote.code).isEmpty)
        // A measure outside the query covers nothing in it.
        #expect(F.coverage([F.cloud], year: 2022).covered("advisor").isEmpty)
    }
}
