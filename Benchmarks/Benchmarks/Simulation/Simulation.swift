// `simulate` on the FY2022 plan (scenarios/fy2022-plan.plan): 100,000 runs, one thread and
// two (the numbers are the same whatever the threads; only the time changes). Issue 7's
// aim: under one second in a release build on this 2-core machine.
import Benchmark
import BenchmarkSupport
import SuiteConfiguration
import Foundation
import MuniPlan
import MuniPlanShell

let benchmarks: @Sendable () -> Void = {
    SuiteConfiguration.install(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .threads], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 30)

    let dataset = Datasets.load(Paths.fukushima)

    func planned() -> Interpreter {
        let shell = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: Paths.root))
        do { try shell.execute(line: "run scenarios/fy2022-plan.plan") { _ in } } catch { fatalError("fy2022-plan: \(error)") }
        return shell
    }

    // Through the interpreter, as typed at the prompt: compiling the plan, the runs and
    // the result tables. Default years (the plan's / the KPIs' year) and FY2022–FY2025.
    for (label, through) in [("FY2022", ""), ("FY2022-FY2025", " --through FY2025")] {
        for threads in [1, 2] {
            let line = "simulate --runs 100000 --seed 1\(through) --threads \(threads)"
            Benchmark("simulate: 100000 runs, \(label), \(threads) thread\(threads == 1 ? "" : "s")") { benchmark in
                let shell = planned()
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    do { try shell.execute(line: line) { blackHole($0) } } catch { fatalError("\(line): \(error)") }
                }
            }
        }
    }

    // The engine alone (SimulationEngine.run on a compiled setup): the Monte Carlo itself.
    for threads in [1, 2] {
        Benchmark("simulate engine: 100000 runs, FY2022-FY2025, \(threads) thread\(threads == 1 ? "" : "s")") { benchmark in
            let shell = planned()
            let options = SimulationOptions(runs: 100_000, seed: 1, through: FiscalYear(2025), threads: threads)
            let setup: SimulationSetup
            do {
                let model = try UptakeModel.load(path: Paths.fukushima + "/" + UptakeModel.fileName, shownAs: "uptake.toml",
                                                 dataset: dataset)
                setup = try SimulationSetup(dataset: dataset, plan: shell.session.plan, model: model, options: options)
            } catch { fatalError("setup: \(error)") }
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                do { blackHole(try SimulationEngine.run(setup, options: options)) } catch { fatalError("engine: \(error)") }
            }
        }
    }

    exactOddsBenchmarks(fukushima: dataset)
}
