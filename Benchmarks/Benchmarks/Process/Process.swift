// Whole processes, each beside its anchor in the same run (issue 19 items 5 and 6): README's
// fast binary (`swift build -c release --static-swift-stdlib`, at the root's .build-static)
// answering `-c kpi`, against sqlite3 loading the same bodies CSV and answering one query; and
// scripts of 0 and 20,000 lines against the same statements in SQL (a line is the difference
// over 20,000). The ratio is the two medians' (BENCHMARKS.md). Wall clock of the child, spawned
// and waited for; children's CPU time as a metric of its own (package-benchmark's CPU metric
// counts this process only). A missing binary, sqlite3 or python3 leaves the suite empty, saying so.
import Benchmark
import BenchmarkSupport
import SuiteConfiguration
import Foundation

let benchmarks: @Sendable () -> Void = {
    SuiteConfiguration.install(metrics: [.wallClock], warmupIterations: 3, maxDuration: .seconds(4), maxIterations: 200)
    let muniplan = Paths.root + "/.build-static/release/muniplan"
    guard FileManager.default.isExecutableFile(atPath: muniplan), let sqlite3 = Spawn.onPath("sqlite3"),
          let python3 = Spawn.onPath("python3") else {
        print("Process suite: needs \(muniplan) (README's fast binary), sqlite3 and python3 on PATH")
        return
    }
    // Shuffled bodies and the scripts, made once in this process's scratch folder.
    let inputs = Paths.scratch("process-inputs")
    if !FileManager.default.fileExists(atPath: inputs + "/lines-20000.plan") {
        _ = Spawn.run([python3, Paths.root + "/Benchmarks/startup-inputs.py", inputs])
    }
    let childCPU = BenchmarkMetric.custom("children's CPU (µs)", polarity: .prefersSmaller, useScalingFactor: true)

    func pair(_ name: String, muniplanArguments: [String], bodies: String, sql: String? = nil) {
        let runs: [(String, [String], String?)] = [
            ("\(name): sqlite3 (anchor)", [sqlite3, ":memory:", "-cmd", ".import --csv \(bodies) bodies", "select count(*) from bodies"], sql),
            ("\(name): muniplan", [muniplan] + muniplanArguments, nil),
        ]
        for (label, arguments, input) in runs {
            Benchmark(label, configuration: .init(metrics: [.wallClock, childCPU])) { benchmark in
                var cpu = 0
                for _ in benchmark.scaledIterations {
                    benchmark.startMeasurement()
                    cpu += Spawn.run(input == nil ? arguments : Array(arguments.dropLast()), input: input)
                    benchmark.stopMeasurement()
                }
                benchmark.measurement(childCPU, cpu / max(1, benchmark.scaledIterations.count))
            }
        }
    }

    pair("Fukushima", muniplanArguments: ["--data", Paths.fukushima, "-c", "kpi"], bodies: Paths.fukushima + "/bodies.csv")
    pair("Japan", muniplanArguments: ["--data", Paths.japan, "-c", "kpi"], bodies: Paths.japan + "/bodies.csv")
    pair("20,000 bodies", muniplanArguments: ["--data", inputs + "/bodies-20000", "-c", "kpi"],
         bodies: inputs + "/bodies-20000/bodies.csv")
    for lines in [0, 20_000] {
        pair("script of \(lines) lines", muniplanArguments: ["--data", Paths.fukushima, inputs + "/lines-\(lines).plan"],
             bodies: Paths.fukushima + "/bodies.csv", sql: inputs + "/lines-\(lines).sql")
    }
}

/// Child processes: spawned with output to /dev/null, waited for, their CPU time returned.
enum Spawn {
    static func onPath(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `arguments` (standard input from `input`, else /dev/null) and returns the
    /// microseconds of CPU (user and system) it took.
    @discardableResult
    static func run(_ arguments: [String], input: String? = nil) -> Int {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return 0 }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1, errno == EINTR {}
        func micro(_ t: timeval) -> Int { Int(t.tv_sec) * 1_000_000 + Int(t.tv_usec) }
        return micro(usage.ru_utime) + micro(usage.ru_stime)
    }
}
