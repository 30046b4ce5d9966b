// Start-up, `coverage`, exports and long scenarios, through the same library calls the
// executable makes. Times are information (they vary up to 2× on a shared 2-core machine);
// malloc counts are what a baseline check gates on (see BENCHMARKS.md).
import Benchmark
import BenchmarkSupport
import SuiteConfiguration
import Foundation
import MuniPlan
import MuniPlanShell

let benchmarks: @Sendable () -> Void = {
    SuiteConfiguration.install()

    func interpreter(_ dataset: Dataset) -> Interpreter {
        Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: Paths.root))
    }

    /// Runs a line and returns what it printed, rendered as the prompt renders it.
    @discardableResult
    func execute(_ interpreter: Interpreter, _ line: String) -> String {
        var text = ""
        let renderer = TableRenderer()
        do {
            try interpreter.execute(line: line) { output in
                switch output {
                case let .text(s), let .notice(s), let .formatted(s): text += s + "\n"
                case let .table(table): text += renderer.render(table) + "\n"
                }
            }
        } catch {
            fatalError("\(line): \(error)")
        }
        return text
    }

    // MARK: 1. Start-up: load the data and answer `kpi`

    Benchmark("startup: load Data/") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Datasets.load(Paths.fukushima)) }
    }

    Benchmark("startup: load Data/ + kpi") { benchmark in
        for _ in benchmark.scaledIterations {
            let shell = interpreter(Datasets.load(Paths.fukushima))
            blackHole(execute(shell, "kpi"))
        }
    }

    Benchmark("startup: load Data/japan + kpi") { benchmark in
        for _ in benchmark.scaledIterations {
            let shell = interpreter(Datasets.load(Paths.japan))
            blackHole(execute(shell, "kpi"))
        }
    }

    // MARK: 2. `coverage` after the FY2022 plan

    let fukushima = Datasets.load(Paths.fukushima)
    func planned() -> Interpreter {
        let shell = interpreter(fukushima)
        execute(shell, "run scenarios/fy2022-plan.plan")
        return shell
    }

    Benchmark("coverage: table (FY2022 plan)") { benchmark in
        let shell = planned()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(execute(shell, "coverage")) }
    }

    Benchmark("coverage: table --by district (FY2022 plan)") { benchmark in
        let shell = planned()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(execute(shell, "coverage --by district")) }
    }

    Benchmark("run scenarios/fy2022-plan.plan") { benchmark in
        for _ in benchmark.scaledIterations {
            let shell = interpreter(fukushima)
            benchmark.startMeasurement()
            blackHole(execute(shell, "run scenarios/fy2022-plan.plan"))
            benchmark.stopMeasurement()
        }
    }

    // MARK: 3. Exports of the coverage table: encoding only, and one atomic write

    func coverageTable() -> Table {
        var table: Table?
        do {
            try planned().execute(line: "coverage") { if case let .table(t) = $0 { table = t } }
        } catch { fatalError("coverage: \(error)") }
        guard let table else { fatalError("coverage printed no table") }
        return table
    }

    let formats: [(String, ExportFormat, ExportOptions)] = [
        ("csv", .csv, .standard),
        ("excel csv", .csv, ExportOptions(excel: true)),
        ("cp932 csv", .csv, ExportOptions(encoding: .cp932)),
        ("tsv", .tsv, .standard),
        ("md", .markdown, .standard),
        ("json", .json, .standard),
        ("html", .html, .standard),
    ]
    for (label, format, options) in formats {
        Benchmark("export: encode coverage as \(label)") { benchmark in
            let table = coverageTable()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                do { blackHole(try TableEncoder.encode(table, as: format, options: options)) } catch {
                    fatalError("\(label): \(error)")
                }
            }
        }
    }

    Benchmark("export: atomic write of the coverage csv (fsync)") { benchmark in
        let bytes: [UInt8]
        do { bytes = try TableEncoder.encode(coverageTable(), as: .csv) } catch { fatalError("csv: \(error)") }
        let path = Paths.scratch("export") + "/coverage.csv"
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            do { try AtomicFile.write(bytes, to: path, overwrite: true) } catch { fatalError("write: \(error)") }
        }
        benchmark.stopMeasurement()
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    // MARK: 6. Long scenarios through runScript

    func run(_ lines: [String]) {
        let shell = interpreter(fukushima)
        let outcome = shell.runScript(lines, name: "generated.plan", path: nil, keepGoing: false, bail: false,
                                      emit: { blackHole($0) }, report: { _ in })
        guard outcome.succeeded else { fatalError("generated scenario failed: \(outcome.errors + outcome.failedExpectations)") }
    }

    for count in [1_000, 10_000] {
        let lines = ScenarioGenerator.lines(count, dataset: fukushima)
        Benchmark("scenario: run \(count) lines",
                  configuration: SuiteConfiguration.lasting(.seconds(count > 1_000 ? 10 : 3), maxIterations: 200)) { benchmark in
            for _ in benchmark.scaledIterations { run(lines) }
        }
    }

    let lines = ScenarioGenerator.lines(10_000, dataset: fukushima)
    Benchmark("scenario: parse 10000 lines (no execution)") { benchmark in
        for _ in benchmark.scaledIterations {
            var assembler = LineAssembler()
            var commands = 0
            func parse(_ text: String) {
                do {
                    for segment in try Lexer.segments(text) {
                        blackHole(try CommandRegistry.parse(segment.words))
                        commands += 1
                    }
                } catch { fatalError("\(text): \(error)") }
            }
            do {
                for (number, raw) in lines.enumerated() {
                    if let (text, _) = try assembler.feed(raw, number: number + 1) { parse(text) }
                }
                if let (text, _) = try assembler.finish() { parse(text) }
            } catch { fatalError("\(error)") }
            blackHole(commands)
        }
    }
}
