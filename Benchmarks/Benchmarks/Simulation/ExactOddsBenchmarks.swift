// Issue 19 item 4: every KPI's odds computed exactly (Poisson-binomial), beside the Monte Carlo
// of the same setup in the same run (100,000 runs, 2 threads) as the anchor. Targets: every
// Fukushima KPI in under 5 ms; the nationwide set (Data/japan) in under 100 ms.
import Benchmark
import BenchmarkSupport
import Foundation
import MuniPlan
import MuniPlanShell

/// The setups: the FY2022 plan on Fukushima, FY2022–FY2025; and nationwide, every municipality
/// granted in FY2022 and one in twenty working on a smart city, with the Fukushima uptake model
/// (its villages' multiplier given to wards too, which Fukushima has none of).
func exactOddsBenchmarks(fukushima: Dataset) {
    let japan = Datasets.load(Paths.japan)
    // Only for Japan: Fukushima's measures cannot cover a ward, so its model may not name one.
    let wardsModelPath = Paths.scratch("exact-odds") + "/uptake.toml"
    do {
        let text = try String(contentsOfFile: Paths.fukushima + "/" + UptakeModel.fileName, encoding: .utf8)
        let withWards = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.hasPrefix("village = ") ? [line, "ward" + line.dropFirst("village".count)] : [line]
        }
        try withWards.joined(separator: "\n").write(toFile: wardsModelPath, atomically: true, encoding: .utf8)
    } catch { fatalError("uptake model: \(error)") }
    func setup(_ dataset: Dataset, lines: [String], model modelPath: String) -> SimulationSetup {
        let shell = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: Paths.root))
        do {
            for line in lines { try shell.execute(line: line) { _ in } }
            let model = try UptakeModel.load(path: modelPath, shownAs: "uptake.toml",
                                             dataset: dataset)
            return try SimulationSetup(dataset: dataset, plan: shell.session.plan, model: model,
                                       options: SimulationOptions(through: FiscalYear(2025)))
        } catch { fatalError("setup: \(error)") }
    }
    let smartCities = japan.bodies.filter { $0.kind.isMunicipality }.enumerated().filter { $0.offset % 20 == 0 }.map(\.element.code)
    let japanPlan = ["fy FY2022", "assign ict-grant all", "assign smart-city " + smartCities.joined(separator: " ")]
    let setups = [
        ("Fukushima", setup(fukushima, lines: ["run scenarios/fy2022-plan.plan"], model: Paths.fukushima + "/" + UptakeModel.fileName)),
        ("Japan", setup(japan, lines: japanPlan, model: wardsModelPath)),
        // Issue 19 item 4's nationwide row: every KPI given a target through the plan (`target`),
        // Fukushima's scaled by 1,741/59 (the body counts within the bodies each measure can cover).
        ("Japan with targets", setup(japan, lines: japanPlan + nationwideTargets, model: wardsModelPath)),
    ]
    precondition(setups[2].1.kpis.count == 3, "the nationwide targets reach every simulated KPI")
    for (label, setup) in setups {
        Benchmark("exact odds: \(label), every KPI, FY2022-FY2025") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(ExactOdds(setup: setup)) }
        }
        Benchmark("exact odds anchor: \(label), Monte Carlo 100000 runs, FY2022-FY2025, 2 threads") { benchmark in
            let options = SimulationOptions(runs: 100_000, seed: 1, through: FiscalYear(2025), threads: 2)
            for _ in benchmark.scaledIterations {
                do { blackHole(try SimulationEngine.run(setup, options: options)) } catch { fatalError("engine: \(error)") }
            }
        }
    }
}

/// A target for every KPI of the nationwide data, as a scenario sets them.
let nationwideTargets = [
    "target seminar 188", "target online-rate 61.0", "target smart-city 60", "target mynumber 100", "target advisor 561",
    "target ict-grant-41 1210", "target ict-grant-42 1239", "target e-application 324600", "target security-cloud 1742",
]
