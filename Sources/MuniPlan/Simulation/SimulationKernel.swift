/// Integer counts over runs. Counts add exactly, so tallies merge to the same numbers in
/// any order: what makes the result independent of the number of threads.
struct SimulationTally: Sendable, Equatable {
    /// Per KPI and year, how many runs ended with each count (0 … the measure's candidates).
    var histograms: [Int]
    /// Per candidate, in how many runs it had adopted by the last year.
    var adopted: [Int]
    /// Per KPI and candidate of its measure: runs where the KPI was met in the last year
    /// and the candidate had adopted.
    var metAndAdopted: [Int]
    /// Per rate KPI and year: how many runs drew each of its scenarios.
    var rateHistograms: [Int]

    init(layout: SimulationLayout) {
        rateHistograms = Array(repeating: 0, count: layout.rateSize)
        histograms = Array(repeating: 0, count: layout.histogramSize)
        adopted = Array(repeating: 0, count: layout.candidateCount)
        metAndAdopted = Array(repeating: 0, count: layout.driverSize)
    }

    mutating func add(_ other: SimulationTally) {
        for i in histograms.indices { histograms[i] += other.histograms[i] }
        for i in adopted.indices { adopted[i] += other.adopted[i] }
        for i in metAndAdopted.indices { metAndAdopted[i] += other.metAndAdopted[i] }
        for i in rateHistograms.indices { rateHistograms[i] += other.rateHistograms[i] }
    }
}

/// Where each KPI's numbers sit in a tally's flat arrays.
struct SimulationLayout: Sendable, Equatable {
    let yearCount: Int
    let candidateCount: Int
    /// Per KPI: the offset of its year-0 histogram; year t follows at t · (n + 1).
    let histogramOffsets: [Int]
    /// Per KPI: the offset of its first candidate's `metAndAdopted` count.
    let driverOffsets: [Int]
    let histogramSize: Int
    let driverSize: Int
    /// Per rate KPI and year (rate-major): the offset of its scenario counts, and how many scenarios it has.
    let rateOffsets: [Int]
    let rateCounts: [Int]
    let rateSize: Int

    init(_ setup: SimulationSetup) {
        yearCount = setup.years.count
        candidateCount = setup.candidates.count
        var h = 0, d = 0
        var hOffsets: [Int] = [], dOffsets: [Int] = []
        for kpi in setup.kpis {
            let n = setup.measureRanges[kpi.measureIndex].count
            hOffsets.append(h)
            dOffsets.append(d)
            h += yearCount * (n + 1)
            d += n
        }
        histogramOffsets = hOffsets
        driverOffsets = dOffsets
        histogramSize = h
        driverSize = d
        let counts = setup.rates.flatMap { $0.scenarios.map(\.count) }
        rateCounts = counts
        rateOffsets = counts.indices.map { i in counts[..<i].reduce(0, +) }
        rateSize = counts.reduce(0, +)
    }

    func rateRange(rate r: Int, year t: Int) -> Range<Int> {
        let i = r * yearCount + t
        return rateOffsets[i]..<(rateOffsets[i] + rateCounts[i])
    }

    func histogramRange(kpi k: Int, year t: Int, candidates n: Int) -> Range<Int> {
        let start = histogramOffsets[k] + t * (n + 1)
        return start..<(start + n + 1)
    }
}

/// Runs chunks of the simulation: the hot loop. Holds the compiled plan, its scratch space
/// and its own counts in raw buffers (no bounds or uniqueness checks in the loop); one
/// kernel a worker thread, never shared.
final class SimulationKernel {
    private let years: Int
    private let layout: SimulationLayout
    /// Per candidate and year (candidate-major): the threshold of P(adopted by that year).
    /// A baseline body's are all `always`, so it adopts in year 0.
    private let thresholds: UnsafeMutableBufferPointer<UInt64>
    private let coveredMask: UnsafeMutableBufferPointer<UInt64>
    private let rangeStart: UnsafeMutableBufferPointer<Int>
    private let rangeEnd: UnsafeMutableBufferPointer<Int>
    private let kpiMeasure: UnsafeMutableBufferPointer<Int>
    private let kpiCumulative: UnsafeMutableBufferPointer<Bool>
    private let kpiThreshold: UnsafeMutableBufferPointer<Int>
    private let histogramOffsets: UnsafeMutableBufferPointer<Int>
    private let driverOffsets: UnsafeMutableBufferPointer<Int>
    /// Per candidate in the current run: the year index it adopted in (`years`: not yet).
    private let adoptedYear: UnsafeMutableBufferPointer<Int>
    /// Per measure and year index (0 … years): how many adopted in that year, this run.
    private let yearCounts: UnsafeMutableBufferPointer<Int>
    /// Per measure and year index: how many had adopted by then, this run.
    private let adoptedBy: UnsafeMutableBufferPointer<Int>
    private let histograms: UnsafeMutableBufferPointer<Int>
    private let adopted: UnsafeMutableBufferPointer<Int>
    private let metAndAdopted: UnsafeMutableBufferPointer<Int>
    /// Rate KPIs: per KPI and year, where its scenario counts start and how many scenarios.
    private let rateOffsets: [Int]
    private let rateCounts: [Int]
    private let rateHistograms: UnsafeMutableBufferPointer<Int>
    /// The generator index of the first rate KPI (after one a measure).
    private let firstRateStream: Int

    init(_ setup: SimulationSetup, layout: SimulationLayout) {
        years = setup.years.count
        self.layout = layout
        thresholds = Self.copy(setup.thresholds)
        coveredMask = Self.copy(setup.coveredMask)
        rangeStart = Self.copy(setup.measureRanges.map(\.lowerBound))
        rangeEnd = Self.copy(setup.measureRanges.map(\.upperBound))
        kpiMeasure = Self.copy(setup.kpis.map(\.measureIndex))
        kpiCumulative = Self.copy(setup.kpis.map(\.isCumulative))
        kpiThreshold = Self.copy(setup.kpis.map(\.threshold))
        histogramOffsets = Self.copy(layout.histogramOffsets)
        driverOffsets = Self.copy(layout.driverOffsets)
        adoptedYear = Self.copy(Array(repeating: 0, count: setup.candidates.count))
        yearCounts = Self.copy(Array(repeating: 0, count: setup.measures.count * (years + 1)))
        adoptedBy = Self.copy(Array(repeating: 0, count: setup.measures.count * years))
        histograms = Self.copy(Array(repeating: 0, count: layout.histogramSize))
        adopted = Self.copy(Array(repeating: 0, count: layout.candidateCount))
        metAndAdopted = Self.copy(Array(repeating: 0, count: layout.driverSize))
        rateOffsets = layout.rateOffsets
        rateCounts = layout.rateCounts
        rateHistograms = Self.copy(Array(repeating: 0, count: layout.rateSize))
        firstRateStream = setup.measures.count
    }

    deinit {
        for buffer in [rangeStart, rangeEnd, kpiMeasure, kpiThreshold, histogramOffsets, driverOffsets,
                       adoptedYear, yearCounts, adoptedBy, histograms, adopted, metAndAdopted, rateHistograms] { buffer.deallocate() }
        thresholds.deallocate()
        coveredMask.deallocate()
        kpiCumulative.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }

    /// One scenario a rate KPI and year end, drawn as `DampedTrend.paths` draws a path: the
    /// high bits pick the past miss, the low bit its sign. One scenario (observed) needs no draw.
    private func drawRates(randoms: inout [RandomSource]) {
        for i in rateCounts.indices where rateCounts[i] > 0 {
            var s = 0
            if rateCounts[i] > 1 {
                let draw = randoms[firstRateStream + i / years].next()
                s = 2 * Int((draw >> 1) % UInt64(rateCounts[i] / 2)) + Int(draw & 1)
            }
            rateHistograms[rateOffsets[i] + s] &+= 1
        }
    }

    /// What this kernel has counted so far.
    var tally: SimulationTally {
        var out = SimulationTally(layout: layout)
        out.histograms = Array(histograms)
        out.adopted = Array(adopted)
        out.metAndAdopted = Array(metAndAdopted)
        out.rateHistograms = Array(rateHistograms)
        return out
    }

    /// Runs `runs` runs with one generator a measure, then one a rate KPI, adding to this kernel's counts.
    func run(_ runs: Int, randoms: inout [RandomSource]) {
        let years = self.years
        for _ in 0..<runs {
            for m in 0..<rangeStart.count {
                // A local copy stays in registers; written back after the measure's bodies.
                var random = randoms[m]
                defer { randoms[m] = random }
                let row = m * (years + 1)
                for c in rangeStart[m]..<rangeEnd[m] {
                    // One draw a body: it adopts in the first year whose threshold of
                    // P(adopted by then) the draw falls under (none: not adopted). The
                    // thresholds never fall, so that year is the number of those it misses.
                    let draw = random.next()
                    var adoptedIn = 0
                    let base = c * years
                    for t in 0..<years {
                        let threshold = thresholds[base + t]
                        // Branch-free: (under it, or certain) ? 0 : 1.
                        let under = draw < threshold ? 1 : 0, certain = threshold == .max ? 1 : 0
                        adoptedIn &+= (under | certain) ^ 1
                    }
                    adoptedYear[c] = adoptedIn
                    yearCounts[row + adoptedIn] &+= 1
                }
                // (Measured: faster than counting adoptedYear again for each year.)
                var total = 0
                for t in 0..<years {
                    total &+= yearCounts[row + t]
                    adoptedBy[m * years + t] = total
                }
                for t in 0...years { yearCounts[row + t] = 0 }
            }
            for k in 0..<kpiMeasure.count {
                let m = kpiMeasure[k]
                let start = rangeStart[m], end = rangeEnd[m]
                let histogramStride = end - start + 1
                var offset = histogramOffsets[k]
                var count = 0
                for t in 0..<years {
                    if kpiCumulative[k] {
                        count = adoptedBy[m * years + t]
                    } else {
                        count = 0
                        let bit = UInt64(1) << UInt64(t)
                        for c in start..<end where adoptedYear[c] <= t && coveredMask[c] & bit != 0 { count += 1 }
                    }
                    histograms[offset + count] += 1
                    offset += histogramStride
                }
                if count >= kpiThreshold[k] {
                    let driver = driverOffsets[k] - start
                    for c in start..<end { metAndAdopted[driver + c] &+= adoptedYear[c] < years ? 1 : 0 }
                }
            }
            for c in 0..<adoptedYear.count { adopted[c] &+= adoptedYear[c] < years ? 1 : 0 }
            drawRates(randoms: &randoms)
        }
    }
}
