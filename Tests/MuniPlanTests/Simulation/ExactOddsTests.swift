import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The exact odds: the Poisson-binomial recursion against closed forms, and the whole
/// computation against the Monte Carlo engine within its error.
@Suite("Exact odds")
struct ExactOddsTests {
    @Test("the recursion gives the binomial distribution when every probability is equal")
    func binomial() {
        let mass = PoissonBinomial.distribution(Array(repeating: 0.3, count: 20))
        #expect(mass.count == 21)
        for k in 0...20 {
            let closed = binomialTail(n: 20, p: 0.3, atLeast: k) - (k < 20 ? binomialTail(n: 20, p: 0.3, atLeast: k + 1) : 0)
            #expect(abs(mass[k] - closed) < 1e-14, "P(X = \(k))")
        }
        #expect(abs(mass.reduce(0, +) - 1) < 1e-14)
    }

    @Test("unequal probabilities: two bodies by hand, certain and impossible ones shift and pad")
    func smallCases() {
        let two = PoissonBinomial.distribution([0.2, 0.5])
        #expect(two == [0.8 * 0.5, 0.2 * 0.5 + 0.8 * 0.5, 0.2 * 0.5])
        let padded = PoissonBinomial.distribution([1, 0.2, 0, 1, 0.5])
        #expect(padded.count == 6)
        #expect(padded[0] == 0 && padded[1] == 0 && padded[5] == 0)
        #expect(Array(padded[2...4]) == two)
        #expect(PoissonBinomial.distribution([]) == [1])
    }

    @Test("a tail of 200 bodies at 1% keeps its digits (no cancellation)")
    func smallTail() {
        let mass = PoissonBinomial.distribution(Array(repeating: 0.01, count: 200))
        // P(all 200) = 1e-400 underflows to 0; P(X = 20) ≈ 1.3e-10 must be there, and right.
        let closed = binomialTail(n: 200, p: 0.01, atLeast: 20) - binomialTail(n: 200, p: 0.01, atLeast: 21)
        #expect(mass[20] > 0)
        #expect(abs(mass[20] - closed) / closed < 1e-9)
    }

    @Test("uniform uptake over years: the exact P(met) is the binomial tail with the carried-over chance")
    func uniformOverYears() throws {
        let codes = try municipalityCodes(45)
        // Supported in FY2022 only; FY2023 carries over at half the chance.
        let plan = makePlan([(2022, "ict-grant", codes)])
        let setup = try SimulationSetup(dataset: try bundledDataset(), plan: plan, model: uniformModel(0.9, carryOver: 0.5),
                                        options: SimulationOptions(through: FiscalYear(2023), measures: ["ict-grant"]))
        let odds = ExactOdds(setup: setup)
        let k = try #require(odds.kpis.firstIndex { $0.kpi.id == "ict-grant-42" })
        #expect(abs(odds.probabilityMet(kpi: k, year: 0) - binomialTail(n: 45, p: 0.9, atLeast: 42)) < 1e-12)
        let byFY2023 = 1 - 0.1 * 0.55
        #expect(abs(odds.probabilityMet(kpi: k, year: 1) - binomialTail(n: 45, p: byFY2023, atLeast: 42)) < 1e-12)
        #expect(abs(odds.mean(kpi: k, year: 0) - 45 * 0.9) < 1e-9)
    }

    @Test("the bundled model on an FY2022-like plan: Monte Carlo lies within 4 standard errors of the exact odds")
    func againstMonteCarlo() throws {
        let plan = try fy2022LikePlan()
        let model = try bundledUptakeModel()
        let sampled = try simulate(plan, model: model, runs: 40_000, seed: 11, through: 2024)
        let odds = ExactOdds(setup: sampled.setup)
        for k in odds.kpis.indices {
            for t in odds.years.indices {
                let exact = odds.probabilityMet(kpi: k, year: t), mc = sampled.probabilityMet(kpi: k, year: t)
                let se = max(sampled.standardError(exact), 1e-9)
                #expect(abs(mc - exact) <= 4 * se + 1e-12, "\(odds.kpis[k].kpi.id) year \(t): \(mc) vs \(exact)")
                #expect(abs(sampled.mean(kpi: k, year: t) - odds.mean(kpi: k, year: t)) < 0.1)
                for count in 0..<odds.distribution(kpi: k, year: t).count {
                    let p = odds.distribution(kpi: k, year: t)[count]
                    let share = Double(sampled.distribution(kpi: k, year: t)[count]) / Double(sampled.runs)
                    #expect(abs(share - p) <= 5 * (p * (1 - p) / Double(sampled.runs)).squareRoot() + 1e-4)
                }
            }
        }
        // Not every KPI is certain either way, or the comparison would prove little.
        #expect(odds.kpis.indices.contains { k in (0.01...0.99).contains(odds.probabilityMet(kpi: k, year: 0)) })
    }

    @Test("a yearly KPI counts only the bodies covered that year, as the engine does")
    func yearlyCount() throws {
        let codes = try municipalityCodes(10)
        let plan = makePlan([(2022, "ict-grant", codes), (2023, "ict-grant", Array(codes[0..<4]))])
        let model = uniformModel(1)
        let setup = try SimulationSetup(dataset: try bundledDataset(), plan: plan, model: model,
                                        options: SimulationOptions(through: FiscalYear(2023), measures: ["ict-grant"]))
        let odds = ExactOdds(setup: setup)
        for k in odds.kpis.indices {
            let expected = odds.kpis[k].isCumulative ? [10, 10] : [10, 4]
            for t in 0..<2 { #expect(odds.distribution(kpi: k, year: t)[expected[t]] == 1) }
        }
    }

    @Test("the table puts exact and sampled odds side by side, in either language")
    func table() throws {
        let sampled = try simulate(try fy2022LikePlan(), model: try bundledUptakeModel(), runs: 2_000, seed: 3)
        let english = ExactOdds(setup: sampled.setup).table(beside: sampled)
        #expect(english.columns.map(\.id).suffix(3) == ["p_meet_exact", "p_meet_sampled", "gap_se"])
        #expect(english.rows.count == sampled.kpis.count * sampled.years.count)
        #expect(english.footer.contains { $0.contains("Poisson-binomial") })
        let japanese = ExactOdds(setup: sampled.setup).table(beside: sampled, language: .japanese)
        #expect(japanese.title == "達成確率（厳密計算）")
        #expect(japanese.columns.map(\.label).contains("達成確率（試行）"))
        #expect(ExactOdds(setup: sampled.setup).table().columns.last?.id == "p_meet_exact")
    }
}
