import Foundation
@testable import MuniPlan
import Synchronization
import TestSupport
import Testing
@testable import MuniPlanShell

/// `simulate`: Monte Carlo of uptake over the plan, at the shell.
@Suite struct SimulateTests {
    @Test("after the FY2022 plan, simulate prints each adopter KPI's P(meet) with its s.e.; again, the same bytes")
    func simulateTwice() throws {
        let interpreter = try makePlannedInterpreter()
        let first = try interpreter.run("simulate --runs 20000 --seed 1")
        #expect(first.tables.map(\.name) == ["simulation-kpi", "simulation-rates", "simulation-drivers", "simulation-districts", "simulation-bodies"])
        let kpi = first.tables[0]
        #expect(kpi.records.map { $0.cells[0] } == [.text("smart-city"), .text("ict-grant-41"), .text("ict-grant-42")])
        for row in kpi.records {
            guard case let .decimal(p, _) = row.cells[9], case let .decimal(se, _) = row.cells[10] else {
                Issue.record("P(meet) and s.e. are not numbers: \(row.cells)")
                continue
            }
            #expect(abs(se - (p * (1 - p) / 20_000).squareRoot()) < 1e-12)
        }
        #expect(first.texts[0].hasPrefix("simulated 20,000 runs, seed 1, FY2022 (R4): ict-grant (42 supported), smart-city (2 supported)"))
        let second = try interpreter.run("simulate --runs 20000 --seed 1")
        #expect(second.rendered() == first.rendered())
        #expect(try interpreter.run("simulate --runs 20000 --seed 2").rendered() != first.rendered())
    }

    @Test("the same seed prints the same numbers with 1 and 2 threads")
    func threads() throws {
        let interpreter = try makePlannedInterpreter()
        let one = try interpreter.run("simulate --runs 9000 --seed 3 --through FY2024 --threads 1").rendered(.csv)
        let two = try interpreter.run("simulate --runs 9000 --seed 3 --through FY2024 --threads 2").rendered(.csv)
        #expect(one == two)
    }

    @Test("simulate refuses unknown and unmodelled measures and years before the plan")
    func refused() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("simulate smart-citty").contains("did you mean smart-city?"))
        #expect(interpreter.failure("simulate advisor").contains("no uptake model for 'advisor'"))
        #expect(interpreter.failure("simulate --through R3").contains("before the plan's first year"))
        #expect(interpreter.failure("simulate --model nosuch.toml").contains("nosuch.toml does not exist"))
    }

    @Test("a bad uptake model given with --model is refused with file:line: errors")
    func badModel() throws {
        try withTemporaryFolder { folder in
            var text = try String(contentsOf: repositoryRoot.appendingPathComponent("Data/uptake.toml"), encoding: .utf8)
            text = text.replacingOccurrences(of: "base = 0.80", with: "base = 1.5")
            text = text.replacingOccurrences(of: "measure = \"smart-city\"", with: "measure = \"smartcity\"")
            try folder.write("bad.toml", text)
            let lines = text.components(separatedBy: "\n")
            let baseLine = try #require(lines.firstIndex(of: "base = 1.5")) + 1
            let measureLine = try #require(lines.firstIndex(of: "measure = \"smartcity\"")) + 1
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            let message = interpreter.failure("simulate --model bad.toml")
            #expect(message == "bad.toml:\(baseLine): 'base' is a probability: it must lie in [0, 1], not 1.5; "
                    + "bad.toml:\(measureLine): unknown measure 'smartcity' — did you mean smart-city?")
        }
    }

    @Test("--model FILE with TOML that aborted toml++ is a located error, not exit 134", arguments: ["[{", "[[,item]]"])
    func abortingModel(text: String) throws {
        try withTemporaryFolder { folder in
            let model = try String(contentsOf: repositoryRoot.appendingPathComponent("Data/uptake.toml"), encoding: .utf8)
            let line = model.components(separatedBy: "\n").count + 1
            try folder.write("bad.toml", model + "\n" + text + "\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(interpreter.failure("simulate --runs 10 --model bad.toml").hasPrefix("bad.toml:\(line): TOML syntax: "))
        }
    }

    @Test("cancelling leaves the session unchanged and reports interrupted")
    func cancelling() throws {
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("simulate --runs 4000 --seed 1")
        let before = interpreter.session
        let polls = Atomic<Int>(0)
        interpreter.settings.isInterrupted = { polls.add(1, ordering: .relaxed).newValue > 4 }
        let events = Mutex<[SimulationProgress]>([])
        interpreter.simulationProgress = { event in events.withLock { $0.append(event) } }
        do {
            try interpreter.execute(line: "simulate --runs 60000 --seed 2 --threads 1") { _ in }
            Issue.record("simulate should have been interrupted")
        } catch {
            guard case .interrupted = error else { Issue.record("expected interrupted, got \(error)"); return }
        }
        #expect(interpreter.session.simulation == before.simulation)
        #expect(interpreter.session.simulation?.result.seed == 1)
        #expect(interpreter.session.plan == before.plan)
        #expect(interpreter.session.undoStack == before.undoStack)
        #expect(events.withLock { $0.last?.finished } == true)
        #expect(events.withLock { $0.last?.completedRuns ?? 0 } < 60_000)
    }

    @Test("simulate parses its options; bad numbers are refused by name")
    func parsing() throws {
        #expect(try parsed("simulate --runs 100,000 --seed 1 --through FY2025 ict-grant", as: SimulateCommand.self)
                == SimulateCommand(runs: 100_000, seed: 1, through: "FY2025", measures: ["ict-grant"]))
        #expect(try parsed("simulate", as: SimulateCommand.self) == SimulateCommand())
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("simulate --runs 0").contains("--runs must be a whole number from 1 to 100,000,000, not '0'"))
        #expect(interpreter.failure("simulate --seed -1").contains("--seed must be a whole number"))
        #expect(interpreter.failure("simulate --threads 0").contains("--threads must be a whole number from 1 to 256, not '0'"))
    }

    @Test("a tiny standard error reads < 0.0001, not 0.0000; none at all stays 0.0000")
    func tinyStandardError() {
        #expect(Interpreter.standardError(0.00001) == "< 0.0001")
        #expect(Interpreter.standardError(0) == "0.0000")
        #expect(Interpreter.standardError(0.01234) == "0.0123")
        #expect(SimulationResult.standardErrorCell(0.00001).display == "0.000010")
        #expect(SimulationResult.standardErrorCell(0.01234).display == "0.0123")
    }
}
