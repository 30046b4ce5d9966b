// Issue 18 item 8: `forecast` for every municipality of Japan (1,741) with 1,000 bootstrap
// paths each, under 1 s on 2 cores; and what the nationwide series (1,741 × 44 rows) costs
// at start-up: parsing Data/japan/mynumber.csv and the country's total that `kpi`'s
// observed line reads. The NumPy anchor (the same number of bootstrap draws) is
// anchors/forecast_paths.py, run beside this suite (BENCHMARKS.md).
import Benchmark
import BenchmarkSupport
import SuiteConfiguration
import Foundation
import MuniPlan

let benchmarks: @Sendable () -> Void = {
    SuiteConfiguration.install(maxDuration: .seconds(10), maxIterations: 50)

    let japan = Datasets.load(Paths.japan)
    guard let series = japan.series(of: "mynumber"), let date = SeriesDate("2023-03-31") else { fatalError("no mynumber series in Data/japan") }
    let codes = japan.bodies.map(\.code)
    let units = SeriesUnit.units(series, dataset: japan, codes: codes, bodies: true, districts: false, total: false)
    guard units.count == 1_741 else { fatalError("expected 1,741 bodies with a series, found \(units.count)") }
    let months = Set(units.compactMap(\.observations.last).map { IntervalCalibration.months(from: $0.date, to: date) })

    // As `forecast mynumber all --at 2023-03-31` does it (every body's intervals calibrated
    // on every body's past forecasts), with the paths `expect forecast` draws.
    Benchmark("forecast: 1741 bodies x 1000 paths, calibrated") { benchmark in
        for _ in benchmark.scaledIterations {
            let calibration = IntervalCalibration(series: series, months: months)
            blackHole(ForecastRun(measure: series.measure, units: units, dates: [date], seed: 1, paths: 1_000, calibration: calibration))
        }
    }
    Benchmark("forecast: 1741 bodies x 1000 paths, no calibration") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ForecastRun(measure: series.measure, units: units, dates: [date], seed: 1, paths: 1_000))
        }
    }
    Benchmark("forecast: calibration alone (every body's past forecasts)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(IntervalCalibration(series: series, months: months)) }
    }

    let path = Paths.japan + "/mynumber.csv"
    guard let bytes = FileManager.default.contents(atPath: path).map(Array.init) else { fatalError("cannot read \(path)") }
    let known = Set(codes)
    Benchmark("series: parse Data/japan/mynumber.csv (76,604 rows)") { benchmark in
        for _ in benchmark.scaledIterations {
            do { blackHole(try SeriesLoader.parse(bytes, measure: "mynumber", file: "mynumber.csv", bodies: known)) } catch {
                fatalError("mynumber.csv: \(error)")
            }
        }
    }
    Benchmark("series: the country's total at every date (kpi's observed line)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(series.total(of: codes)) }
    }
}
