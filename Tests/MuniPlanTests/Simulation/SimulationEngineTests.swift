import Foundation
import Synchronization
import TestSupport
import Testing
@testable import MuniPlan

/// The Monte Carlo engine: deterministic under a seed whatever the threads, exact at the
/// extremes, right on cases with a known answer, and stoppable.
@Suite("Simulation engine")
struct SimulationEngineTests {
    @Test("the same seed gives the same numbers with 1, 2 and 4 threads")
    func sameNumbersAcrossThreads() throws {
        let plan = try fy2022LikePlan()
        let model = try bundledUptakeModel()
        // 9 chunks of 2,000 (the last one short): more chunks than threads, unevenly shared.
        let one = try simulate(plan, model: model, runs: 17_001, seed: 42, through: 2024, threads: 1)
        for threads in [2, 4] {
            let other = try simulate(plan, model: model, runs: 17_001, seed: 42, through: 2024, threads: threads)
            #expect(other == one, "\(threads) threads differ from 1")
        }
        let again = try simulate(plan, model: model, runs: 17_001, seed: 42, through: 2024, threads: 3)
        #expect(again.tally == one.tally)
        let otherSeed = try simulate(plan, model: model, runs: 17_001, seed: 43, through: 2024, threads: 1)
        #expect(otherSeed.tally != one.tally)
    }

    @Test("a measure's numbers do not depend on which other measures are simulated")
    func measureStreams() throws {
        let plan = try fy2022LikePlan()
        let model = try bundledUptakeModel()
        let both = try simulate(plan, model: model, runs: 6_000, through: 2023)
        let alone = try simulate(plan, model: model, runs: 6_000, through: 2023, measures: ["ict-grant"])
        let k = try kpiIndex("ict-grant-42", in: both), j = try kpiIndex("ict-grant-42", in: alone)
        for t in both.years.indices { #expect(both.distribution(kpi: k, year: t) == alone.distribution(kpi: j, year: t)) }
    }

    @Test("probability 1 everywhere gives exactly the plan's deterministic coverage, every year")
    func certainUptake() throws {
        let codes = try municipalityCodes(30)
        let plan = makePlan([
            (2021, "ict-grant", Array(codes[0..<5])),           // baseline bucket
            (2022, "ict-grant", Array(codes[5..<20])),
            (2024, "ict-grant", Array(codes[15..<30])),          // five again, ten new
            (2023, "smart-city", Array(codes[0..<3])),
        ])
        let result = try simulate(plan, model: uniformModel(1), runs: 2_500, through: 2025)
        let dataset = try bundledDataset()
        for (k, simulated) in result.kpis.enumerated() {
            for (t, year) in result.years.enumerated() {
                let planned = Int(KPIEvaluation.value(of: simulated.kpi, plan: plan, year: year) ?? -1)
                #expect(simulated.planned[t] == planned)
                var expected = Array(repeating: 0, count: result.distribution(kpi: k, year: t).count)
                expected[planned] = 2_500
                #expect(result.distribution(kpi: k, year: t) == expected, "\(simulated.kpi.id) in \(year)")
            }
        }
        for c in result.candidates.indices { #expect(result.adoptionProbability(candidate: c) == 1) }
        #expect(result.candidates.filter { $0.measure == "ict-grant" }.count == 30)
        #expect(dataset.kpis.filter { $0.measure == "ict-grant" }.count == 2)
    }

    @Test("probability 0 gives nothing beyond the baseline")
    func noUptake() throws {
        let codes = try municipalityCodes(20)
        let plan = makePlan([
            (2021, "ict-grant", Array(codes[0..<4])),
            (2022, "ict-grant", Array(codes[4..<20])),
            (2022, "smart-city", Array(codes[0..<2])),
        ])
        let result = try simulate(plan, model: uniformModel(0), runs: 3_000, through: 2023)
        let grant41 = try kpiIndex("ict-grant-41", in: result)
        let smart = try kpiIndex("smart-city", in: result)
        for t in result.years.indices {
            #expect(result.distribution(kpi: grant41, year: t)[4] == 3_000)
            #expect(result.distribution(kpi: smart, year: t)[0] == 3_000)
            #expect(result.probabilityMet(kpi: grant41, year: t) == 0)
        }
        for (c, candidate) in result.candidates.enumerated() {
            #expect(result.adoptionProbability(candidate: c) == (candidate.baseline ? 1 : 0))
        }
    }

    @Test("a binomial case: 10 bodies at p = 0.3 — the estimates lie within 4 standard errors")
    func binomial() throws {
        let plan = makePlan([(2022, "ict-grant", try municipalityCodes(10))])
        let runs = 40_000
        let result = try simulate(plan, model: uniformModel(0.3, measures: ["ict-grant"]), runs: runs, seed: 2024)
        let k = try kpiIndex("ict-grant-42", in: result)
        for threshold in [2, 3, 4, 6] {
            let exact = binomialTail(n: 10, p: 0.3, atLeast: threshold)
            let estimate = result.probability(kpi: k, year: 0, atLeast: threshold)
            let se = (exact * (1 - exact) / Double(runs)).squareRoot()
            #expect(abs(estimate - exact) <= 4 * se, "P(X ≥ \(threshold)): \(estimate) vs \(exact) ± \(se)")
        }
        let meanSE = (10 * 0.3 * 0.7 / Double(runs)).squareRoot()
        #expect(abs(result.mean(kpi: k, year: 0) - 3) <= 4 * meanSE)
        #expect(result.percentile(0.5, kpi: k, year: 0) == 3)
        for c in result.candidates.indices {
            let p = result.adoptionProbability(candidate: c)
            #expect(abs(p - 0.3) <= 4 * (0.3 * 0.7 / Double(runs)).squareRoot())
        }
    }

    @Test("adoption persists, and a later year without support carries over at its multiplier")
    func carryOver() throws {
        let plan = makePlan([(2022, "ict-grant", try municipalityCodes(8))])
        let runs = 40_000
        let result = try simulate(plan, model: uniformModel(0.4, carryOver: 0.5, measures: ["ict-grant"]), runs: runs,
                                  seed: 5, through: 2023)
        let k = try kpiIndex("ict-grant-41", in: result)
        // By FY2023: 1 − (1 − 0.4)(1 − 0.2) = 0.52 a body.
        let exact = binomialTail(n: 8, p: 0.52, atLeast: 5)
        let estimate = result.probability(kpi: k, year: 1, atLeast: 5)
        #expect(abs(estimate - exact) <= 4 * (exact * (1 - exact) / Double(runs)).squareRoot())
        #expect(result.candidates[0].probabilities == [0.4, 0.2])
        // Counts never fall from one year to the next: the mean rises.
        #expect(result.mean(kpi: k, year: 1) > result.mean(kpi: k, year: 0))
    }

    @Test("cancelling stops between chunks, reports the end, and throws interrupted")
    func cancelling() throws {
        let polls = Atomic<Int>(0)
        let events = Mutex<[SimulationProgress]>([])
        let options = SimulationOptions(runs: 50_000, seed: 1, threads: 2)
        #expect(throws: SimulationError.interrupted) {
            _ = try SimulationEngine.run(
                dataset: try bundledDataset(), plan: try fy2022LikePlan(), model: try bundledUptakeModel(), options: options,
                isCancelled: { polls.add(1, ordering: .relaxed).newValue > 3 },
                progress: { event in events.withLock { $0.append(event) } })
        }
        let seen = events.withLock { $0 }
        #expect(seen.last?.finished == true)
        #expect((seen.last?.completedRuns ?? 0) < 50_000)
    }

    @Test("progress counts up to every run, one report at a time, then finishes")
    func progress() throws {
        let events = Mutex<[SimulationProgress]>([])
        let options = SimulationOptions(runs: 9_000, seed: 1, threads: 2)
        _ = try SimulationEngine.run(dataset: try bundledDataset(), plan: try fy2022LikePlan(), model: try bundledUptakeModel(),
                                     options: options, progress: { event in events.withLock { $0.append(event) } })
        let seen = events.withLock { $0 }
        #expect(seen.first == SimulationProgress(completedRuns: 0, totalRuns: 9_000, finished: false))
        #expect(seen.last == SimulationProgress(completedRuns: 9_000, totalRuns: 9_000, finished: true))
        #expect(seen.count == 5 + 2)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.completedRuns <= $1.completedRuns })
    }

    @Test("refused: no runs, a year before the plan, more than 50 years, a measure without a model")
    func refused() throws {
        let plan = try fy2022LikePlan()
        let model = try bundledUptakeModel()
        #expect(throws: SimulationError.self) { try simulate(plan, model: model, runs: 0) }
        #expect(throws: SimulationError.self) { try simulate(plan, model: model, through: 2021) }
        #expect(throws: SimulationError.self) { try simulate(plan, model: model, through: 2080) }
        #expect(throws: SimulationError.notModelled(measure: "advisor", modelled: ["ict-grant", "smart-city"], file: "uptake.toml")) {
            try simulate(plan, model: model, measures: ["advisor"])
        }
    }

    @Test("random source: SplitMix64 and xoshiro256** known answers; chunks differ")
    func randomSource() {
        var mixer = MuniPlan.SplitMix64(state: 1_234_567)
        #expect((0..<5).map { _ in mixer.next() }
                == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                    4_593_380_528_125_082_431, 16_408_922_859_458_223_821])
        var xoshiro = RandomSource(state: (1, 2, 3, 4))
        #expect((0..<4).map { _ in xoshiro.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
        var a = RandomSource(seed: 1, chunk: 0), b = RandomSource(seed: 1, chunk: 0), c = RandomSource(seed: 1, chunk: 1)
        let first = a.next()
        #expect(first == b.next())
        #expect(first != c.next())
        #expect(ProbabilityThreshold(0) == .never)
        #expect(ProbabilityThreshold(1) == .always)
        #expect(ProbabilityThreshold(0.5).raw == 1 << 63)
        #expect(ProbabilityThreshold(1e-300).raw == 1)
        #expect(ProbabilityThreshold(.nan) == .never)
    }
}
