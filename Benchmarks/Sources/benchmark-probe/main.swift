// Facts about the benchmark inputs, and quick scaling sweeps, printed as Markdown rows:
//     swift run -c release benchmark-probe [allocation|scenario|memory|simulation|threads|growth|all]
// Not a package-benchmark suite: it times each case a few times with a monotonic clock
// and prints the median, for BENCHMARKS.md's "how cost grows" tables.
import BenchmarkSupport
import Foundation
import MuniPlan
import MuniPlanShell

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs `body` `repeats` times and returns the median milliseconds.
func time(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<repeats {
        let d = try clock.measure(body)
        samples.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) * 1e-15)
    }
    return median(samples)
}

func describe(_ instance: AllocationInstance, budget: Double?) throws -> String {
    let request = instance.request(minPerDistrict: 1, budget: budget)
    let result = try Allocator.allocate(instance.candidates, request)
    let repeats = instance.candidates.count > 5_000 ? 5 : 21
    let ms = try time(repeats) { _ = try Allocator.allocate(instance.candidates, request) }
    let search = result.explanation.search
    let nodes = search.map { "\($0.nodes) nodes, \($0.fixedByBound) fixed" } ?? "greedy"
    return "| \(instance.name) | \(instance.candidates.count) | \(instance.districts.count) | \(instance.count) | "
        + (budget.map { String(format: "%.0f", $0) } ?? "—")
        + " | \(result.chosen.count) | \(result.optimal ? "optimal" : "NOT optimal") | \(nodes) | "
        + String(format: "%.3f", ms) + " |"
}

func allocation() throws {
    print("| instance | bodies | districts | N | budget | chosen | proof | search | median ms |")
    print("|---|---:|---:|---:|---:|---:|---|---|---:|")
    var instances = [
        AllocationInstances.real(Datasets.load(Paths.fukushima), name: "fukushima", count: 19),
        AllocationInstances.real(Datasets.load(Paths.japan), name: "japan"),
    ]
    for n in [500, 1_741, 5_000, 20_000] { instances.append(AllocationInstances.synthetic(bodies: n)) }
    for instance in instances {
        print(try describe(instance, budget: nil))
        do {
            let budget = try instance.bindingBudget()
            print(try describe(instance, budget: budget))
        } catch {
            print("| \(instance.name) | \(instance.candidates.count) | | \(instance.count) | binding budget: \(error) | | | | |")
        }
    }
}

func scenario() throws {
    let dataset = Datasets.load(Paths.fukushima)
    print("| lines | median ms | µs a line |")
    print("|---:|---:|---:|")
    for count in [100, 1_000, 10_000, 30_000] {
        let lines = ScenarioGenerator.lines(count, dataset: dataset)
        var failure: [String] = []
        let ms = time(count > 10_000 ? 3 : 5) {
            let shell = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: Paths.root))
            let outcome = shell.runScript(lines, name: "generated.plan", path: nil, keepGoing: false, bail: false,
                                          emit: { _ in }, report: { _ in })
            failure = outcome.errors + outcome.failedExpectations
        }
        guard failure.isEmpty else { throw InstanceError("\(count) lines: \(failure)") }
        print("| \(count) | " + String(format: "%.1f", ms) + " | " + String(format: "%.1f", ms * 1000 / Double(count)) + " |")
    }
}

/// Resident memory in MiB (from /proc/self/statm), to see whether repeated loads hold on to memory.
func residentMiB() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func memory() {
    print("| data | loads | resident before MiB | after MiB | growth a load KiB |")
    print("|---|---:|---:|---:|---:|")
    for (name, path) in [("Data/", Paths.fukushima), ("Data/japan", Paths.japan)] {
        _ = Datasets.load(path)
        let loads = name == "Data/" ? 1_000 : 100
        let before = residentMiB()
        for _ in 0..<loads { _ = Datasets.load(path) }
        let after = residentMiB()
        print("| \(name) | \(loads) | " + String(format: "%.1f | %.1f | %.1f", before, after, (after - before) * 1024 / Double(loads)) + " |")
    }
    // Which part holds on to it: the catalogue (measures.toml through TOMLKit) or the CSVs.
    let toml = (try? String(contentsOfFile: Paths.fukushima + "/measures.toml", encoding: .utf8)) ?? ""
    let bodies = [UInt8](FileManager.default.contents(atPath: Paths.fukushima + "/bodies.csv") ?? Data())
    let districtBytes = [UInt8](FileManager.default.contents(atPath: Paths.fukushima + "/districts.csv") ?? Data())
    var before = residentMiB()
    for _ in 0..<1_000 { _ = try? MeasureCatalog(text: toml, file: "measures.toml") }
    var after = residentMiB()
    print("| measures.toml only (MeasureCatalog) | 1000 | " + String(format: "%.1f | %.1f | %.1f", before, after, (after - before) * 1024 / 1000) + " |")
    before = residentMiB()
    for _ in 0..<1_000 {
        let districts = (try? DataLoader.loadDistricts(districtBytes)) ?? []
        _ = try? DataLoader.loadBodies(bodies, districts: districts)
    }
    after = residentMiB()
    print("| bodies.csv + districts.csv only | 1000 | " + String(format: "%.1f | %.1f | %.1f", before, after, (after - before) * 1024 / 1000) + " |")
}

func simulation() throws {
    let dataset = Datasets.load(Paths.fukushima)
    let shell = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: Paths.root))
    try shell.execute(line: "run scenarios/fy2022-plan.plan") { _ in }
    let model = try UptakeModel.load(path: Paths.fukushima + "/" + UptakeModel.fileName, shownAs: "uptake.toml", dataset: dataset)
    print("| runs | years | threads | engine median ms | `simulate` command median ms |")
    print("|---:|---|---:|---:|---:|")
    for runs in [10_000, 100_000, 1_000_000] {
        for (years, through) in [("FY2022", nil), ("FY2022–FY2025", FiscalYear(2025))] as [(String, FiscalYear?)] {
            for threads in [1, 2] {
                let options = SimulationOptions(runs: runs, seed: 1, through: through, threads: threads)
                let setup = try SimulationSetup(dataset: dataset, plan: shell.session.plan, model: model, options: options)
                let repeats = runs >= 1_000_000 ? 5 : 11
                let engine = try time(repeats) { _ = try SimulationEngine.run(setup, options: options) }
                let line = "simulate --runs \(runs) --seed 1" + (through.map { " --through FY\($0.year)" } ?? "") + " --threads \(threads)"
                let command = try time(repeats) { try shell.execute(line: line) { _ in } }
                print("| \(runs) | \(years) | \(threads) | " + String(format: "%.1f | %.1f", engine, command) + " |")
            }
        }
    }
}

/// Every sample of 100,000 runs (FY2022–FY2025) with 1 and 2 threads, alternating, to see
/// whether the second core is really used (a busy machine makes the samples bimodal).
func threads() throws {
    let dataset = Datasets.load(Paths.fukushima)
    let shell = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: Paths.root))
    try shell.execute(line: "run scenarios/fy2022-plan.plan") { _ in }
    let model = try UptakeModel.load(path: Paths.fukushima + "/" + UptakeModel.fileName, shownAs: "uptake.toml", dataset: dataset)
    var samples: [Int: [Double]] = [1: [], 2: []]
    for _ in 0..<25 {
        for n in [1, 2] {
            let options = SimulationOptions(runs: 100_000, seed: 1, through: FiscalYear(2025), threads: n)
            let setup = try SimulationSetup(dataset: dataset, plan: shell.session.plan, model: model, options: options)
            samples[n]!.append(try time(1) { _ = try SimulationEngine.run(setup, options: options) })
        }
    }
    for n in [1, 2] {
        let s = samples[n]!.sorted()
        print("threads \(n): min " + String(format: "%.1f", s[0]) + " median " + String(format: "%.1f", median(s))
              + " p90 " + String(format: "%.1f", s[s.count * 9 / 10]) + " ms; all: " + samples[n]!.map { String(format: "%.0f", $0) }.joined(separator: " "))
    }
}

let what = CommandLine.arguments.dropFirst().first ?? "all"
do {
    if what == "allocation" || what == "all" { try allocation() }
    if what == "scenario" || what == "all" { try scenario() }
    if what == "memory" || what == "all" { memory() }
    if what == "simulation" || what == "all" { try simulation() }
    if what == "threads" || what == "all" { try threads() }
    if what == "growth" || what == "all" { try growth() }
    if what == "allocate" {
        // For a profiler: `benchmark-probe allocate 20000 [budget]` allocates 20 times.
        let size = Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 20_000
        let instance = AllocationInstances.synthetic(bodies: size)
        let budget = CommandLine.arguments.count > 3 ? try instance.bindingBudget() : nil
        let request = instance.request(minPerDistrict: 1, budget: budget)
        for _ in 0..<20 { _ = try Allocator.allocate(instance.candidates, request) }
    }
} catch {
    print("error: \(error)")
    exit(1)
}
