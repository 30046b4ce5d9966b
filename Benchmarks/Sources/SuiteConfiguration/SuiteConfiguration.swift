import Benchmark

/// What every suite shares: which metrics a baseline check gates on, and the default
/// configuration with a time budget of the suite's own.
public enum SuiteConfiguration {
    /// `baseline check` gates on malloc counts only (±10 % at the median): wall-clock time on
    /// a shared 2-core machine varies up to 2× from run to run, so time and memory are
    /// reported, never gated (without an entry a metric would get the default ±5 %).
    public static func gates() -> [BenchmarkMetric: BenchmarkThresholds] {
        let informational = BenchmarkThresholds(relative: [:], absolute: [:])
        var gates: [BenchmarkMetric: BenchmarkThresholds] = [.mallocCountTotal: BenchmarkThresholds(relative: [.p50: 10.0], absolute: [:])]
        for metric in [BenchmarkMetric.wallClock, .cpuTotal, .peakMemoryResident, .threads, .throughput] { gates[metric] = informational }
        return gates
    }

    /// Sets the suite's default configuration.
    public static func install(metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                               warmupIterations: Int = 3, maxDuration: Duration = .seconds(3), maxIterations: Int = 10_000) {
        Benchmark.defaultConfiguration = .init(
            metrics: metrics, timeUnits: .microseconds, warmupIterations: warmupIterations,
            maxDuration: maxDuration, maxIterations: maxIterations, thresholds: gates())
    }

    /// The suite's default configuration with another time budget.
    public static func lasting(_ maxDuration: Duration, maxIterations: Int) -> Benchmark.Configuration {
        var configuration = Benchmark.defaultConfiguration
        configuration.maxDuration = maxDuration
        configuration.maxIterations = maxIterations
        return configuration
    }
}
