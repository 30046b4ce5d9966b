import Benchmark

/// What every suite shares: which metrics a baseline check gates on, and the default
/// configuration with a time budget of the suite's own.
public enum SuiteConfiguration {
    /// `baseline check` gates on malloc counts only (±10 % at the median): wall-clock time on
    /// a shared 2-core machine varies up to 2× from run to run, so time and memory are
    /// reported, never gated (without an entry a metric would get the default ±5 %).
    /// Only for the metrics a suite records: others would draw a warning per benchmark.
    public static func gates(for metrics: [BenchmarkMetric]) -> [BenchmarkMetric: BenchmarkThresholds] {
        let informational = BenchmarkThresholds(relative: [:], absolute: [:])
        let mallocs = BenchmarkThresholds(relative: [.p50: 10.0], absolute: [:])
        return Dictionary(uniqueKeysWithValues: metrics.map { ($0, $0 == .mallocCountTotal ? mallocs : informational) })
    }

    /// Sets the suite's default configuration.
    public static func install(metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                               warmupIterations: Int = 3, maxDuration: Duration = .seconds(3), maxIterations: Int = 10_000) {
        Benchmark.defaultConfiguration = .init(
            metrics: metrics, timeUnits: .microseconds, warmupIterations: warmupIterations,
            maxDuration: maxDuration, maxIterations: maxIterations, thresholds: gates(for: metrics))
    }

    /// The suite's default configuration with another time budget.
    public static func lasting(_ maxDuration: Duration, maxIterations: Int) -> Benchmark.Configuration {
        var configuration = Benchmark.defaultConfiguration
        configuration.maxDuration = maxDuration
        configuration.maxIterations = maxIterations
        return configuration
    }
}
