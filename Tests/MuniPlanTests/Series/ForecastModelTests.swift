import TestSupport
import Testing
@testable import MuniPlan

/// The forecasting model on known series: dates, the grid, the fit and the intervals.
@Suite struct ForecastModelTests {
    @Test func datesCountDaysAndMonths() throws {
        let a = try #require(SeriesDate("2022-09-30")), b = try #require(SeriesDate("2023-03-31"))
        #expect(b.dayNumber - a.dayNumber == 182)
        #expect(a.adding(months: 5).description == "2023-02-28")
        #expect(SeriesDate("2024-02-29") != nil && SeriesDate("2023-02-29") == nil && SeriesDate("2023-1-01") == nil)
        #expect(SeriesDate("1970-01-01")?.dayNumber == 0)
    }

    /// A steady climb of one point a month from 10%.
    func steady(months: Int) -> [Observation] {
        let start = SeriesDate(year: 2020, month: 1, day: 1)!
        return (0..<months).map { Observation(date: start.adding(months: $0), population: 10_000, cards: 1_000 + 100 * $0) }
    }

    @Test func aSteadySeriesIsForecastNearItsLine() throws {
        let series = steady(months: 36)
        var random = RateForecaster.random(seed: 1, code: "x")
        let f = try #require(RateForecaster.forecast(series, at: series.last!.date.adding(months: 3), random: &random))
        // 45% now; the pace in logit terms carries it on, damped: between 45 and 48.5.
        #expect(f.expected > 45.5 && f.expected < 48.5)
        #expect(f.low95 <= f.low80 && f.low80 <= f.expected && f.expected <= f.high80 && f.high80 <= f.high95)
        #expect(f.low95 >= 45 - 1e-9)
    }

    /// The fit runs every trial weight at once; each sum must be the one running that trial
    /// alone gives, to the bit, or a forecast could pick other weights than it did.
    @Test func allTrialsAtOnceGiveEachTrialsOwnErrors() throws {
        let dataset = try bundledDataset()
        let series = try #require(dataset.series(of: "mynumber"))
        var grids = dataset.bodies.compactMap { RateForecaster.grid(series.of($0.code)) }
        grids += (3...20).compactMap { RateForecaster.grid(Array(series.of("072010").prefix($0))) }
        #expect(grids.count > 70)
        for grid in grids {
            let together = DampedTrend.trialErrors(grid)
            let alone = DampedTrend.trials.alpha.indices.map { c in
                DampedTrend.run(grid, alpha: DampedTrend.trials.alpha[c], beta: DampedTrend.trials.beta[c], phi: DampedTrend.trials.phi[c]).sse
            }
            #expect(together.map(\.bitPattern) == alone.map(\.bitPattern))
        }
    }

    @Test func tooShortASeriesHasNoForecast() {
        var random = RateForecaster.random(seed: 1, code: "x")
        let series = steady(months: 4)
        #expect(RateForecaster.forecast(series, at: series.last!.date.adding(months: 3), random: &random) == nil)
    }

    @Test func probabilitiesComeFromThePaths() throws {
        let series = steady(months: 36)
        var random = RateForecaster.random(seed: 1, code: "x")
        let f = try #require(RateForecaster.forecast(series, at: series.last!.date.adding(months: 6), random: &random))
        #expect(f.probability(atLeast: 0) == 1)
        #expect(f.probability(atLeast: 100) == 0)
        #expect(f.paths.count == RateForecaster.defaultPaths)
    }

    @Test("under a month ahead, no path falls below the last observation, though the smoothed level lies under it")
    func pathsUnderAMonthKeepTheFloor() throws {
        // A climb with a zigzag, ending on a high point: the smoothed level stays under it.
        let start = SeriesDate(year: 2020, month: 1, day: 1)!
        let series = (0..<36).map { Observation(date: start.adding(months: $0), population: 10_000, cards: 2_000 + 40 * $0 + ($0 % 2 == 1 ? 300 : 0)) }
        let model = try #require(RateForecaster.grid(series).flatMap(DampedTrend.fit))
        #expect(series.last!.date.description == "2022-12-01" && model.level < model.floor)
        var random = RateForecaster.random(seed: 1, code: "x")
        let f = try #require(RateForecaster.forecast(series, at: SeriesDate(year: 2022, month: 12, day: 16)!, random: &random))
        #expect(f.paths.min()! >= series.last!.rate - 1e-9)
    }

    @Test func sparklineRisesWithTheSeries() {
        #expect(Sparkline.draw(steady(months: 30), width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.draw([], width: 8) == "")
    }
}
