import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// The shipped scenario that simulates (simulate: Commands/SimulateTests, expect probability: Commands/ExpectTests).
@Suite struct SimulationTests {
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
