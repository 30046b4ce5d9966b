import Foundation

/// What to simulate: how many runs, from which seed, through which year, which measures.
public struct SimulationOptions: Sendable, Equatable {
    public static let defaultRuns = 10_000
    public static let maxRuns = 100_000_000
    /// Years simulated at most (first plan year through `through`).
    public static let maxYears = 50
    /// Runs per chunk. Fixed: chunk boundaries, and so the numbers, never depend on threads.
    public static let chunkSize = 2_000

    public var runs: Int
    public var seed: UInt64
    /// The last year simulated; nil: the plan's last year or the latest KPI year, whichever is later.
    public var through: FiscalYear?
    /// Measures to simulate; empty: every measure the uptake model covers.
    public var measures: [String]
    /// Worker threads; nil: one per core. The numbers do not depend on it.
    public var threads: Int?

    public init(runs: Int = defaultRuns, seed: UInt64 = 1, through: FiscalYear? = nil, measures: [String] = [],
                threads: Int? = nil) {
        self.runs = runs
        self.seed = seed
        self.through = through
        self.measures = measures
        self.threads = threads
    }

    /// The threads to use: as asked, else one per active core.
    public var effectiveThreads: Int { max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount) }
}

/// How far a simulation has got, for a progress bar. `finished` comes last, also when the
/// simulation was interrupted.
public struct SimulationProgress: Sendable, Equatable {
    public let completedRuns: Int
    public let totalRuns: Int
    public let finished: Bool

    public init(completedRuns: Int, totalRuns: Int, finished: Bool) {
        self.completedRuns = completedRuns
        self.totalRuns = totalRuns
        self.finished = finished
    }

    public var fraction: Double { totalRuns == 0 ? 1 : Double(completedRuns) / Double(totalRuns) }
}

/// Why a simulation could not run or did not finish.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    case interrupted
    case unknownMeasure(String)
    case notModelled(measure: String, modelled: [String], file: String)
    case throughBeforeFirst(through: FiscalYear, first: FiscalYear)
    case tooManyYears(through: FiscalYear, max: Int, first: FiscalYear)
    /// The model gives no multiplier for a body of this kind with this support.
    case noMultiplier(file: String, measure: String, body: String, kind: BodyKind, support: String)
    case runsOutOfRange(runs: Int, max: Int)

    public var description: String { message.description }

    public var message: Message {
        typealias M = Message.Simulation
        switch self {
        case .interrupted: return M.interrupted
        case let .unknownMeasure(id): return M.unknownMeasure(measure: id)
        case let .notModelled(measure, modelled, file): return M.notModelled(measure: measure, file: file, modelled: MessageList(modelled))
        case let .throughBeforeFirst(through, first): return M.throughBeforeFirst(through: through.short, first: first.short)
        case let .tooManyYears(through, max, first): return M.tooManyYears(through: through.short, max: max, first: first.short)
        case let .noMultiplier(file, measure, body, kind, support):
            return M.noMultiplier(file: file, measure: measure, body: body, kind: kind.name, support: support)
        case let .runsOutOfRange(runs, max): return M.runsOutOfRange(max: max, runs: runs)
        }
    }
}
