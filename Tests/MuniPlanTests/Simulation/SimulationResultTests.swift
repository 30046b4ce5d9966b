import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// What a result reads from its counts: percentiles, standard errors, drivers, tables.
@Suite("Simulation results")
struct SimulationResultTests {
    @Test("drivers: with two smart-city bodies at p = 0.5, each one's adoption is worth 0.5")
    func drivers() throws {
        let plan = makePlan([(2022, "smart-city", try municipalityCodes(2))])
        let runs = 20_000
        let result = try simulate(plan, model: uniformModel(0.5, measures: ["smart-city"]), runs: runs, seed: 11)
        let k = try kpiIndex("smart-city", in: result)
        let drivers = result.drivers(kpi: k)
        #expect(drivers.count == 2)
        let se = 4 * (0.25 / Double(runs / 2)).squareRoot()
        for driver in drivers {
            #expect(driver.metIfNot == 0)
            #expect(abs(driver.metIfAdopted - 0.5) <= se)
            #expect(abs(driver.adoption - 0.5) <= se)
        }
        #expect(abs(result.probabilityMet(kpi: k, year: 0) - 0.25) <= 4 * (0.25 * 0.75 / Double(runs)).squareRoot())
    }

    @Test("percentiles invert the count's distribution; the standard error is √(p(1−p)/N)")
    func statistics() throws {
        let plan = makePlan([(2022, "ict-grant", try municipalityCodes(20))])
        let result = try simulate(plan, model: uniformModel(0.5, measures: ["ict-grant"]), runs: 10_000, seed: 3)
        let k = try kpiIndex("ict-grant-41", in: result)
        let counts = result.distribution(kpi: k, year: 0)
        #expect(counts.reduce(0, +) == 10_000)
        for q in [0.05, 0.5, 0.95] {
            let x = result.percentile(q, kpi: k, year: 0)
            let below = counts[..<x].reduce(0, +), upTo = counts[...x].reduce(0, +)
            #expect(Double(below) < q * 10_000 && Double(upTo) >= q * 10_000)
        }
        #expect(result.standardError(0.5) == 0.005)
        #expect(result.standardError(0) == 0)
        #expect(result.probability(kpi: k, year: 0, atLeast: 0) == 1)
        #expect(result.probability(kpi: k, year: 0, atLeast: 21) == 0)
    }

    @Test("a tiny standard error: six places in a table (a number still), < 0.0001 in a sentence; 0 stays 0.0000")
    func tinyStandardError() {
        #expect(SimulationResult.standardErrorCell(0.00001).plain == "0.000010")
        #expect(SimulationResult.standardErrorText(0.00001) == "< 0.0001")
        #expect(SimulationResult.standardErrorText(0) == "0.0000")
        #expect(SimulationResult.standardErrorText(0.01234) == SimulationResult.standardErrorCell(0.01234).plain)
    }

    @Test("P(adopted by a year) is 1 − Π(1 − p) over the years so far, one record for the engine and the exact odds")
    func adoptedBy() throws {
        let plan = makePlan([(2022, "smart-city", try municipalityCodes(2))])
        let result = try simulate(plan, model: uniformModel(0.5, measures: ["smart-city"]), runs: 10, seed: 1)
        let setup = result.setup
        #expect(setup.adoptedBy.count == setup.candidates.count)
        for (c, candidate) in setup.candidates.enumerated() {
            var notYet = 1.0
            for (t, p) in candidate.probabilities.enumerated() {
                notYet *= 1 - p
                #expect(setup.adoptedBy[c][t] == 1 - notYet)
                #expect(setup.thresholds[c * setup.years.count + t] == ProbabilityThreshold(1 - notYet).raw)
            }
        }
    }

    @Test("tables: a KPI row a year, a p column a year, districts adding up to the total")
    func tables() throws {
        let model = try bundledUptakeModel()
        let result = try simulate(try fy2022LikePlan(), model: model, runs: 2_000, through: 2024)
        let dataset = try bundledDataset()
        let kpi = result.kpiTable()
        #expect(kpi.records.count == 3 * 3)
        #expect(kpi.columns.map(\.id) == ["kpi", "measure", "fy", "target", "plan", "mean", "p5", "p50", "p95", "p_meet", "se", "basis"])
        let bodies = result.bodyTable()
        #expect(bodies.columns.map(\.id).suffix(4) == ["p_FY2022", "p_FY2023", "p_FY2024", "p_adopted"])
        #expect(bodies.records.count == result.candidates.count)
        let districts = result.districtTable(dataset.districts)
        #expect(districts.records.count == dataset.districts.count)
        let total = try #require(districts.rows.last)
        #expect(total.kind == .total)
        #expect(total.cells[1] == .integer(42))
        let expected = result.expectedAdopters(measure: 0)
        #expect(total.cells[2] == .decimal(expected, places: 2))
        let perDistrict = dataset.districts.reduce(0.0) { sum, d in sum + result.expectedAdopters(measure: 0) { $0.district == d.name } }
        #expect(abs(perDistrict - expected) < 1e-9)
        for part in SimulationTablePart.allCases {
            #expect(result.table(part, districts: dataset.districts).name == "simulation-\(part.rawValue)")
        }
        #expect(kpi.footer.contains { $0.contains("advisor, security-cloud") })
    }
}
