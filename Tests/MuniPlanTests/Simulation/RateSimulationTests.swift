import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// mynumber in the Monte Carlo: its rate drawn from the observed series' forecast, not from
/// uptake assumptions (issue 18 item 5).
@Suite struct RateSimulationTests {
    /// The bundled mynumber rate simulated over `years`, over the bodies `codes` (nil: every body).
    func simulatedRate(years: [Int], codes: [String]? = nil) throws -> SimulatedRate? {
        let dataset = try bundledDataset()
        let series = try #require(dataset.series(of: "mynumber"))
        let kpi = try #require(dataset.kpis.first { $0.id == "mynumber" })
        return SimulatedRate(kpi: kpi, target: 100, series: series, codes: codes ?? dataset.bodies.map(\.code),
                             years: years.map(FiscalYear.init))
    }

    @Test("simulate draws mynumber from the series: the same seed gives the same counts, whatever the threads; another seed differs")
    func reproducible() throws {
        let plan = try fy2022LikePlan(), model = try bundledUptakeModel()
        let one = try simulate(plan, model: model, runs: 6_000, seed: 5, threads: 1)
        let two = try simulate(plan, model: model, runs: 6_000, seed: 5, threads: 2)
        let other = try simulate(plan, model: model, runs: 6_000, seed: 6, threads: 2)
        #expect(one.setup.rates.map(\.kpi.id) == ["mynumber"])
        #expect(one.tally.rateHistograms == two.tally.rateHistograms)
        #expect(one.tally.rateHistograms != other.tally.rateHistograms)
        #expect(one.tally.rateHistograms.reduce(0, +) == 6_000)
        // Its own streams: the count KPIs' numbers are those of a simulation without the rate.
        let counts = try simulate(plan, model: model, runs: 6_000, seed: 5, threads: 1, measures: ["ict-grant", "smart-city"])
        #expect(counts.setup.rates.isEmpty)
        #expect(counts.tally.histograms == one.tally.histograms)
    }

    @Test("the sampled P(rate ≥ x) agrees with the exact odds over the equally likely scenarios within 4 s.e.")
    func sampledAgreesWithExact() throws {
        let result = try simulate(try fy2022LikePlan(), model: try bundledUptakeModel(), runs: 40_000, seed: 11)
        let sampled = result.rateDistribution(rate: 0, year: 0), exact = result.setup.rates[0].exactDistribution(year: 0)
        #expect(exact.values.count >= 2 * DampedTrend.minimumTrajectories)
        for q in [0.1, 0.25, 0.5, 0.75, 0.9] {
            let x = exact.quantile(q)
            let p = exact.probability(atLeast: x), observed = sampled.probability(atLeast: x)
            #expect(abs(observed - p) <= 4 * (p * (1 - p) / 40_000).squareRoot() + 1e-12, "at \(x): \(observed) vs \(p)")
        }
        #expect(abs(sampled.mean - exact.mean) < 0.5)
    }

    @Test("one body's simulated rate is its forecast's: P(rate ≥ the forecast's low80) and P(≥ high80) match its paths within MC error")
    func againstTheForecast() throws {
        let dataset = try bundledDataset()
        let series = try #require(dataset.series(of: "mynumber"))
        for code in ["072010", "072036", "073644"] {
            let rate = try #require(try simulatedRate(years: [2022], codes: [code]))
            let exact = rate.exactDistribution(year: 0)
            let observations = series.of(code), end = try #require(SeriesDate("2023-03-31"))
            let calibration = IntervalCalibration(series: series, months: [6])
            let origin = try #require(observations.last)
            var random = RateForecaster.random(seed: 3, code: code)
            let forecast = try #require(RateForecaster.forecast(observations, at: end, paths: 20_000, random: &random,
                                                               factors: calibration.factors(months: 6, at: origin.date)))
            for bound in [forecast.low80, forecast.high80] {
                let p = forecast.probability(atLeast: bound), q = exact.probability(atLeast: bound)
                #expect(abs(p - q) <= 4 * (q * (1 - q) / 20_000).squareRoot() + 1e-12, "\(code) at \(bound): paths \(p), simulated \(q)")
            }
            // The band holds about 80% of the draws (the floor at the last observation can hold more below).
            let inside = exact.probability(atLeast: forecast.low80) - exact.probability(atLeast: forecast.high80 + 1e-9)
            #expect(inside >= 0.6 && inside <= 1, "\(code): \(inside)")
        }
    }

    @Test("the prefecture's simulated rate against the forecast of the summed series: ~10% above its high80, ≥ 90% above low80, inside its 95% interval")
    func prefectureAgainstItsForecast() throws {
        let dataset = try bundledDataset()
        let series = try #require(dataset.series(of: "mynumber"))
        let rate = try #require(try simulatedRate(years: [2022]))
        let exact = rate.exactDistribution(year: 0)
        let total = series.total(of: dataset.bodies.map(\.code)), end = try #require(SeriesDate("2023-03-31"))
        var random = RateForecaster.random(seed: 1, code: "total")
        let calibration = IntervalCalibration(series: series, months: [6])
        let origin = try #require(total.last)
        let forecast = try #require(RateForecaster.forecast(total, at: end, random: &random,
                                                           factors: calibration.factors(months: 6, at: origin.date)))
        #expect(exact.probability(atLeast: forecast.low95) > 1 - 1e-9)
        // The forecast's 80% interval: 10% above it; at least 90% above its low end, which
        // here is the floor (the last observation: a count of cards does not fall), so all of it.
        // Measured: 3 of the 38 equally likely scenarios lie above high80 (0.079).
        let above = exact.probability(atLeast: forecast.high80)
        #expect(above > 0.05 && above < 0.15, "P(rate ≥ high80 \(forecast.high80)) = \(above)")
        #expect(exact.probability(atLeast: forecast.low80) >= 0.9)
        #expect(exact.probability(atLeast: forecast.high95) < 0.1)
        #expect(abs(exact.quantile(0.5) - forecast.paths[forecast.paths.count / 2]) < 3, "\(exact.quantile(0.5)) vs \(forecast.paths[forecast.paths.count / 2])")
    }

    @Test("the prefecture's rate is cards summed over population, not a mean of rates")
    func summedNotMeaned() {
        let date = SeriesDate(year: 2022, month: 9, day: 30)!
        let small = [Observation(date: date, population: 100, cards: 10)], large = [Observation(date: date, population: 300, cards: 150)]
        // Rates 10% and 50%: the mean of rates is 30%, the summed rate 40%.
        #expect(SimulatedRate.sum([[10], [50]], at: 0, bodies: [small, large]) == 40)
        // Scenario 3 is past miss 1 with a minus sign; a body with one pair wraps to its own pair 0.
        #expect(SimulatedRate.sum([[1, 2, 3, 4], [5, 6]], at: 3, bodies: [small, small]) == 5)
    }

    @Test("a year end already observed is the observed rate (one scenario); one past the forecast's reach has none")
    func observedAndBeyond() throws {
        let rate = try #require(try simulatedRate(years: [2021, 2022, 2023]))
        #expect(rate.scenarios[0] == [rate.scenarios[0][0]])
        #expect(abs(rate.scenarios[0][0] - 37.5) < 0.05, "2022-03-31: the 2022-03-01 observation, \(rate.scenarios[0])")
        #expect(rate.scenarios[1].count > 1)
        #expect(rate.scenarios[2].isEmpty)
        // 30 months out (FY2024's end) is past every past origin: no errors, where it used to trap.
        let model = try #require(RateForecaster.model(try bundledDataset().series(of: "mynumber")?.of("072010") ?? []))
        #expect(model.pastErrors(steps: 30).isEmpty)
        #expect(model.scenarios(steps: 30) == nil)
        #expect(rate.observedTo.description == "2022-09-30")
        #expect(rate.basis.text(in: .english) == "observed series to 2022-09-30")
        #expect(rate.basis.text(in: .japanese) == "観測系列（2022-09-30 まで）")
    }

    @Test("the count KPIs' basis names the uptake file, in both languages")
    func assumptionBasis() throws {
        let result = try simulate(try fy2022LikePlan(), model: try bundledUptakeModel(), runs: 2_000)
        #expect(result.assumptionBasis.text(in: .english) == "assumption (uptake.toml)")
        #expect(result.assumptionBasis.text(in: .japanese) == "仮定（uptake.toml）")
        let kpi = result.kpiTable(language: .japanese)
        #expect(kpi.columns.last?.label == "根拠")
        #expect(kpi.records.allSatisfy { $0.cells.last == .text("仮定（uptake.toml）") })
        let rates = result.rateTable(language: .japanese)
        #expect(rates.title == "率のシミュレーション")
        #expect(rates.records.map { $0.cells.last } == [.text("観測系列（2022-09-30 まで）")])
    }
}
