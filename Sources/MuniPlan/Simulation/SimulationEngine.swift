import Dispatch
import Synchronization

/// Monte Carlo over the plan's years: runs split into fixed-size chunks, each chunk with
/// its own generators seeded from (seed, chunk index, measure), spread over every core.
/// Counts are integers, so the result is the same whatever the number of threads.
public enum SimulationEngine {
    /// Simulates `options.runs` runs. `isCancelled` is polled between chunks; when it
    /// returns true the simulation stops and throws `.interrupted`. `progress` is called
    /// after each chunk (one call at a time) and once more with `finished` at the end.
    public static func run(_ setup: SimulationSetup, options: SimulationOptions,
                           isCancelled: @escaping @Sendable () -> Bool = { false },
                           progress: (@Sendable (SimulationProgress) -> Void)? = nil) throws(SimulationError) -> SimulationResult {
        let runs = options.runs
        guard runs >= 1, runs <= SimulationOptions.maxRuns else {
            throw .runsOutOfRange(runs: runs, max: SimulationOptions.maxRuns)
        }
        let chunkSize = SimulationOptions.chunkSize
        let chunkCount = (runs + chunkSize - 1) / chunkSize
        let workers = min(options.effectiveThreads, chunkCount)
        let layout = SimulationLayout(setup)
        let shared = SharedState(workers: workers, layout: layout)
        let seed = options.seed
        progress?(SimulationProgress(completedRuns: 0, totalRuns: runs, finished: false))
        // Worker w takes chunks w, w + workers, …: which chunks a worker gets changes its
        // share of the work, never a chunk's numbers.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let kernel = SimulationKernel(setup, layout: layout)
            var chunk = worker
            while chunk < chunkCount {
                if shared.isStopped || isCancelled() {
                    shared.stop()
                    break
                }
                let n = min(chunkSize, runs - chunk * chunkSize)
                // Rate KPIs draw from streams of their own: adding one changes no count's numbers.
                var randoms = setup.measures.map { RandomSource(seed: seed, chunk: chunk, stream: $0) }
                    + setup.rates.map { RandomSource(seed: seed, chunk: chunk, stream: "rate:" + $0.kpi.id) }
                kernel.run(n, randoms: &randoms)
                shared.completed(n, of: runs, progress: progress)
                chunk += workers
            }
            shared.store(kernel.tally, worker: worker)
        }
        progress?(SimulationProgress(completedRuns: shared.completedRuns, totalRuns: runs, finished: true))
        if shared.isStopped { throw .interrupted }
        return SimulationResult(setup: setup, runs: runs, seed: seed, tally: shared.merged())
    }

    /// Compiles the plan and runs it: the whole simulation in one call.
    public static func run(dataset: Dataset, plan: Plan, model: UptakeModel, options: SimulationOptions,
                           isCancelled: @escaping @Sendable () -> Bool = { false },
                           progress: (@Sendable (SimulationProgress) -> Void)? = nil) throws(SimulationError) -> SimulationResult {
        let setup = try SimulationSetup(dataset: dataset, plan: plan, model: model, options: options)
        return try run(setup, options: options, isCancelled: isCancelled, progress: progress)
    }
}

/// What the workers share: the stop flag, the progress count and their tallies.
private final class SharedState: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let state: Mutex<(completed: Int, tallies: [SimulationTally?])>
    private let layout: SimulationLayout

    init(workers: Int, layout: SimulationLayout) {
        self.layout = layout
        state = Mutex((completed: 0, tallies: Array(repeating: nil, count: workers)))
    }

    var isStopped: Bool { stopped.load(ordering: .relaxed) }

    func stop() { stopped.store(true, ordering: .relaxed) }

    var completedRuns: Int { state.withLock { $0.completed } }

    /// Counts finished runs and reports them; under the lock so reports come one at a time, in order.
    func completed(_ runs: Int, of total: Int, progress: (@Sendable (SimulationProgress) -> Void)?) {
        state.withLock { state in
            state.completed += runs
            progress?(SimulationProgress(completedRuns: state.completed, totalRuns: total, finished: false))
        }
    }

    func store(_ tally: SimulationTally, worker: Int) {
        state.withLock { $0.tallies[worker] = tally }
    }

    /// Every worker's counts added up, in worker order (integers: any order gives the same).
    func merged() -> SimulationTally {
        state.withLock { state in
            var total = SimulationTally(layout: layout)
            for tally in state.tallies { if let tally { total.add(tally) } }
            return total
        }
    }
}
