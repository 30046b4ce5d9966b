@testable import MuniPlan
import TestSupport
import Testing

/// `CalibrationCache`: a calibration is worked out once, and only reused for the same series
/// (measure and latest date) at the same horizons.
@Suite struct CalibrationCacheTests {
    @Test("asked again for the same series and horizons, the cache gives the same factors without a second calibration")
    func reused() throws {
        let series = try #require(try bundledDataset().series(of: "mynumber"))
        let origin = try #require(series.latestDate)
        let cache = CalibrationCache()
        let first = cache.calibration(of: series, months: [6]).factors(months: 6, at: origin)
        let again = cache.calibration(of: series, months: [6]).factors(months: 6, at: origin)
        #expect(cache.count == 1)
        #expect(first == again)
        #expect(first == IntervalCalibration(series: series, months: [6]).factors(months: 6, at: origin))
        #expect(first.count >= IntervalCalibration.minimumRecords)
    }

    @Test("a series that ends a month earlier (another origin) or other horizons are calibrated on their own")
    func keyed() throws {
        let series = try #require(try bundledDataset().series(of: "mynumber"))
        let last = try #require(series.latestDate)
        let shorter = ObservedSeries(measure: series.measure, observations: series.observations.mapValues { $0.filter { $0.date < last } })
        #expect(shorter.latestDate.map { $0 < last } == true)
        let cache = CalibrationCache()
        let full = cache.calibration(of: series, months: [6]).factors(months: 6, at: last)
        let short = cache.calibration(of: shorter, months: [6]).factors(months: 6, at: last)
        #expect(cache.count == 2)
        // The shorter series has not seen the forecasts that ended on its missing month.
        #expect(short == IntervalCalibration(series: shorter, months: [6]).factors(months: 6, at: last))
        #expect(short.count < full.count, "\(short) vs \(full)")
        _ = cache.calibration(of: series, months: [6, 12])
        #expect(cache.count == 3)
    }

    @Test("each loaded data set has its own cache; copies of one share it")
    func perDataset() throws {
        let loaded = try DataLoader.load(directory: bundledDataDirectory.path)
        let again = try DataLoader.load(directory: bundledDataDirectory.path)
        let copy = loaded
        let series = try #require(loaded.series(of: "mynumber"))
        _ = loaded.calibrations.calibration(of: series, months: [6])
        #expect(copy.calibrations.count == 1)
        #expect(again.calibrations.count == 0)
    }
}
