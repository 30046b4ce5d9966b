import Foundation
import MuniPlan
import Testing
@testable import MuniPlanShell

/// `expect probability` after `simulate`, at the shell.
@Suite struct SimulationTests {
    func expectationFailure(_ interpreter: Interpreter, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            try interpreter.execute(line: line) { _ in }
            Issue.record("'\(line)' should not hold", sourceLocation: sourceLocation)
        } catch {
            if case let .expectation(message) = error { return message }
            Issue.record("'\(line)' failed, but not as an expectation: \(error)", sourceLocation: sourceLocation)
        }
        return ""
    }

    @Test("expect probability holds or fails with expected and actual")
    func expectProbability() throws {
        let interpreter = try fy2022Planned()
        #expect(interpreter.failure("expect probability ict-grant 42 >= 0.5").contains("run simulate first"))
        try interpreter.run("simulate --runs 20000 --seed 1")
        let ok = try interpreter.run("expect probability ict-grant 42 <= 0.05").texts
        #expect(ok == [try #require(ok.first)] && ok[0].hasPrefix("ok: probability ict-grant 42 <= 0.05 (P(ict-grant ≥ 42 by FY2022) = "))
        let message = expectationFailure(interpreter, "expect probability ict-grant 42 >= 0.8")
        #expect(message.hasPrefix("expected probability ict-grant 42 >= 0.8, actual P(ict-grant ≥ 42 by FY2022) = 0.000"))
        #expect(message.hasSuffix("20,000 runs"))
        try interpreter.run("expect probability smart-city >= 0.3")
        try interpreter.run("expect probability smart-city < 70%")
        try interpreter.run("expect probability ict-grant 30 >= 0.8")
        // A measure with two KPIs holds only when both do: 41 and 42 are both unlikely.
        let both = expectationFailure(interpreter, "expect probability ict-grant >= 0.5")
        #expect(both.contains("P(ict-grant-41 ≥ 41 by FY2022)") && both.contains("P(ict-grant-42 ≥ 42 by FY2022)"))
        #expect(interpreter.failure("expect probability ict-grant 42 >= 0.5 --fy FY2025").contains("FY2025 was not simulated"))
        #expect(interpreter.failure("expect probability advisor >= 0.5").contains("advisor was not simulated"))
        #expect(interpreter.failure("expect probability nosuch >= 0.5").contains("unknown KPI 'nosuch'"))
        try interpreter.run("weight small 2")  // not coverage: the simulation stays current
        try interpreter.run("expect probability ict-grant 41 >= 0")
        try interpreter.run("unassign ict-grant 檜枝岐村")
        #expect(interpreter.failure("expect probability ict-grant 41 >= 0").contains("coverage has changed since the last simulate"))
        try interpreter.run("undo")
        try interpreter.run("expect probability ict-grant 41 >= 0")
    }

    @Test("expect probability --fy reads a later simulated year")
    func laterYear() throws {
        let interpreter = try fy2022Planned()
        try interpreter.run("simulate --runs 10000 --seed 1 --through FY2025")
        let now = try interpreter.run("expect probability ict-grant-41 >= 0").texts[0]
        let later = try interpreter.run("expect probability ict-grant-41 >= 0 --fy FY2025").texts[0]
        #expect(now.contains("by FY2022") && later.contains("by FY2025"))
    }

    @Test("expect probability parses KPI [TARGET] OP P, P as 0.8 or 80%")
    func parsing() throws {
        #expect(try parsed("expect probability ict-grant 42 >= 0.8", as: Command.self)
                == .expect(.probability(kpi: "ict-grant", target: 42, comparison: .ge, value: 0.8, fy: nil)))
        #expect(try parsed("expect probability ict-grant-42 > 80% --fy R7", as: Command.self)
                == .expect(.probability(kpi: "ict-grant-42", target: nil, comparison: .gt, value: 0.8, fy: "R7")))
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("expect probability ict-grant 42 >= 1.5").contains("P must be a probability from 0 to 1 (or 0% to 100%), not '1.5'"))
        #expect(interpreter.failure("expect probability ict-grant >=").contains("expect probability needs"))
    }

    @Test("scenarios/fy2022-odds.plan runs clean in a fresh session")
    func oddsScenario() throws {
        let path = repositoryRoot.appendingPathComponent("scenarios/fy2022-odds.plan").path
        // From the checkout, as `muniplan scenarios/…` runs it: the file it runs must be readable.
        let interpreter = try makeInterpreter(workingDirectory: repositoryRoot.path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (outcome, reported) = interpreter.script(text.components(separatedBy: "\n"), name: "fy2022-odds.plan", path: path)
        #expect(outcome.succeeded, "\(outcome.errors) \(reported)")
        #expect(interpreter.failedExpectations == 0, "\(reported)")
    }
}
