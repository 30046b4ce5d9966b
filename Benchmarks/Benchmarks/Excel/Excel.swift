// Issue 14, item 7: the nationwide coverage workbook written, and a 1,741-row indicators
// workbook read, each beside its CSV equivalent in the same run (the same table encoded as
// CSV; the same indicators loaded from CSV), so the figures are also ratios. Times are
// information (BENCHMARKS.md); malloc counts are what a baseline check gates on.
import Benchmark
import BenchmarkSupport
import SuiteConfiguration
import Foundation
import MuniPlan
import MuniPlanShell

let benchmarks: @Sendable () -> Void = {
    SuiteConfiguration.install(maxDuration: .seconds(5), maxIterations: 200)

    let japan = Datasets.load(Paths.japan)
    // Created (with the indicator files) only in a process that runs a benchmark; removed after.
    let folder = Paths.scratchPath("excel")

    func interpreter() -> Interpreter {
        Interpreter(session: Session(dataset: japan), settings: SessionSettings(workingDirectory: folder))
    }

    /// Runs a line and returns its table, if it printed one; a failure stops the suite.
    @discardableResult
    func execute(_ interpreter: Interpreter, _ line: String) -> Table? {
        var table: Table?
        do { try interpreter.execute(line: line) { if case let .table(t) = $0 { table = t } } } catch {
            fatalError("\(line): \(error)")
        }
        return table
    }

    // MARK: Writing: coverage of every body of Japan × every measure

    /// A plan with some bodies covered, so the cells are not all alike.
    func planned() -> Interpreter {
        let shell = interpreter()
        execute(shell, "assign ict-grant kind:village")
        execute(shell, "assign seminar kind:city")
        return shell
    }
    guard let coverage = execute(planned(), "coverage"), coverage.records.count >= 1_741 else {
        fatalError("coverage of Data/japan gave no table of every body")
    }

    for (label, format) in [("xlsx", ExportFormat.xlsx), ("csv (anchor)", .csv)] {
        Benchmark("excel: encode coverage of Data/japan as \(label)") { benchmark in
            for _ in benchmark.scaledIterations {
                do { blackHole(try TableEncoder.encode(coverage, as: format)) } catch { fatalError("\(label): \(error)") }
            }
        }
    }

    // The whole command: the coverage tables, the encoding and the atomic write.
    for file in ["coverage.xlsx", "coverage.csv"] {
        Benchmark("excel: export coverage --to \(file) (Data/japan)") { benchmark in
            let shell = planned()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { execute(shell, "export coverage --to \(file) --force") }
        }
    }

    // MARK: Reading: indicators of every body of Japan from a workbook and from CSV

    /// Code, name and three numeric columns (none a built-in feature's name) for every body.
    let indicators = Table(
        name: "indicators",
        columns: [Table.Column("code"), Table.Column("name"), Table.Column("residents", alignment: .right),
                  Table.Column("aging", alignment: .right), Table.Column("north", alignment: .right)],
        rows: japan.bodies.map { body in
            let spread = body.code.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 1_000 } // 0–999, fixed per code
            return Table.Row([.text(body.code), .text(body.name), .integer(body.population ?? 0),
                              .decimal(20 + Double(spread) / 40, places: 1), .decimal(body.latitude ?? 0, places: 6)])
        })
    let files: [(String, [UInt8])] = [("indicators.xlsx", ExportFormat.xlsx), ("indicators.csv", .csv)].map { file, format in
        do { return (file, try TableEncoder.encode(indicators, as: format)) } catch { fatalError("\(file): \(error)") }
    }
    Benchmark.startupHook = {
        _ = Paths.scratch("excel")
        for (file, bytes) in files { try AtomicFile.write(bytes, to: folder + "/" + file, overwrite: true) }
    }
    Benchmark.shutdownHook = { try? FileManager.default.removeItem(atPath: folder) }

    for (file, bytes) in files {
        Benchmark("excel: read \(japan.bodies.count) rows of indicators from \(file)") { benchmark in
            let resolver = BodyResolver(dataset: japan)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                do {
                    let rows = try IndicatorFile.rows(bytes, file: file, options: .init())
                    let loaded = try IndicatorLoader.load(rows, dataset: japan, resolver: resolver)
                    guard loaded.columns.count == 3, loaded.columns["aging"]?.count == japan.bodies.count else {
                        fatalError("\(file): loaded \(loaded.columns.mapValues(\.count))")
                    }
                    blackHole(loaded)
                } catch { fatalError("\(file): \(error)") }
            }
        }

        // The whole command: reading the file under the file policy, loading, committing.
        Benchmark("excel: indicators load \(file) (Data/japan)") { benchmark in
            for _ in benchmark.scaledIterations {
                let shell = interpreter()
                benchmark.startMeasurement()
                execute(shell, "indicators load \(file)")
                benchmark.stopMeasurement()
            }
        }
    }
}
