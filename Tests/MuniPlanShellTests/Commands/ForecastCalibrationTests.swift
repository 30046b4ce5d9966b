import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// The forecast intervals hold about what they claim over the backtest, and say how they
/// were widened.
@Suite struct ForecastCalibrationTests {
    func column(_ table: Table, _ id: String) -> [Double] {
        guard let i = table.columns.firstIndex(where: { $0.id == id }) else { return [] }
        return table.rows.compactMap { Double($0.cells[i].plain) }
    }

    @Test("over the backtest the bodies' 80% and 95% intervals hold near 80% and 95% of outcomes")
    func coverageNearNominal() throws {
        let table = try #require(try makeInterpreter().run("forecast mynumber --backtest").tables.first)
        let in80 = column(table, "coverage80"), in95 = column(table, "coverage95")
        // Rows: each body 3 and 6 months ahead, then the prefecture (33 and 29 forecasts).
        for value in in80.prefix(2) { #expect((75...88).contains(value), "80% interval held \(value)%") }
        for value in in95.prefix(2) { #expect((90...99).contains(value), "95% interval held \(value)%") }
        for value in in95.suffix(2) { #expect(value >= 85) }
    }

    @Test("forecast says how much calibration widened each date's intervals, in either language")
    func noteSaysTheFactors() throws {
        let interpreter = try makeInterpreter()
        let table = try #require(try interpreter.run("forecast mynumber --at 2022-12-31 2023-03-31").tables.first)
        let notes = table.footer.filter { $0.hasPrefix("intervals at") }
        #expect(notes.count == 2)
        #expect(notes[0].hasPrefix("intervals at 2022-12-31 (3 months ahead) widened ×"))
        #expect(notes[1].contains("(6 months ahead)") && notes[1].hasSuffix("past body forecasts whose outcome was known"))
        try interpreter.run("lang ja")
        let ja = try #require(try interpreter.run("forecast mynumber --at 2023-03-31").tables.first)
        #expect(ja.footer.contains { $0.hasPrefix("2023-03-31の予測区間（6か月先）は×") && $0.contains("件で較正") })
    }

    @Test("a calibrated interval is wider than the series' own errors alone give")
    func widerThanOwnErrors() throws {
        let interpreter = try makeInterpreter()
        let series = try interpreter.observedSeries("mynumber")
        let body = series.of("073644")  // 檜枝岐村
        let date = try #require(SeriesDate("2023-03-31"))
        let calibration = IntervalCalibration(series: series, months: [6])
        let factors = calibration.factors(months: 6, at: try #require(body.last).date)
        #expect(factors.k80 > 1 && factors.k95 > factors.k80 * 0.9 && factors.count >= IntervalCalibration.minimumRecords)
        var a = RateForecaster.random(seed: 1, code: "x"), b = RateForecaster.random(seed: 1, code: "x")
        let own = try #require(RateForecaster.forecast(body, at: date, random: &a))
        let wide = try #require(RateForecaster.forecast(body, at: date, random: &b, factors: factors))
        #expect(wide.expected == own.expected)
        #expect(wide.high80 > own.high80 && wide.high95 > own.high95)
        #expect(wide.paths.last! >= own.paths.last!)
    }

    @Test("a backtest origin is widened only by outcomes observed by then")
    func onlyEarlierOutcomes() throws {
        let series = try makeInterpreter().observedSeries("mynumber")
        let calibration = IntervalCalibration(series: series, months: [3])
        let first = try #require(series.dates.first)
        #expect(calibration.factors(months: 3, at: first) == .none)
        let last = try #require(series.latestDate)
        let early = calibration.factors(months: 3, at: try #require(SeriesDate("2019-04-01")))
        let late = calibration.factors(months: 3, at: last)
        #expect(late.count > early.count)
    }
}
