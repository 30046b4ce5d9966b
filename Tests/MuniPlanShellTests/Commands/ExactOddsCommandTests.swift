import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `simulate --exact` and `expect probability … --exact`: exact odds at the shell.
@Suite struct ExactOddsCommandTests {
    @Test("simulate --exact adds the exact odds beside the sampled ones; without it, nothing changes")
    func simulateExact() throws {
        let interpreter = try makePlannedInterpreter()
        let plain = try interpreter.run("simulate --runs 20000 --seed 1")
        let exact = try interpreter.run("simulate --runs 20000 --seed 1 --exact")
        #expect(exact.tables.map(\.name) == plain.tables.map(\.name) + ["simulation-exact"])
        #expect(exact.texts.count == plain.texts.count + 1)
        #expect(exact.texts.last?.hasPrefix("P(meet) by FY2022, exact: smart-city ≥ 2: 0.") == true)
        let table = try #require(exact.tables.last)
        for row in table.records {
            guard case let .decimal(p, _) = row.cells[9], case let .decimal(sampled, _) = row.cells[10] else {
                Issue.record("not numbers: \(row.cells)")
                continue
            }
            #expect(abs(p - sampled) <= 4 * (p * (1 - p) / 20_000).squareRoot() + 1e-12)
        }
        #expect(try interpreter.run("simulate --runs 20000 --seed 1 --exact").rendered() == exact.rendered())
        let exported = try interpreter.run("export simulation exact --to - --format csv").rendered()
        #expect(exported.contains("p_meet_exact") || exported.contains("P(meet) exact"))
    }

    @Test("expect probability --exact checks the exact probability, and says so")
    func expectExact() throws {
        let interpreter = try makePlannedInterpreter()
        #expect(interpreter.failure("expect probability smart-city >= 0 --exact").contains("run simulate first"))
        try interpreter.run("simulate --runs 1000 --seed 1")
        let ok = try interpreter.run("expect probability ict-grant 42 <= 0.05 --exact").texts
        #expect(ok.count == 1 && ok[0].hasPrefix("ok: probability ict-grant 42 <= 0.05 --exact (P(ict-grant ≥ 42 by FY2022) = "))
        #expect(ok[0].hasSuffix(" (exact))"))
        do {
            try interpreter.execute(line: "expect probability ict-grant 42 >= 0.8 --exact") { _ in }
            Issue.record("should not hold")
        } catch {
            guard case let .expectation(message) = error else { throw error }
            #expect(message.hasPrefix("expected probability ict-grant 42 >= 0.8 --exact, actual P(ict-grant ≥ 42 by FY2022) = "))
            #expect(!message.contains("runs"))
        }
    }

    @Test("in Japanese, the exact odds are headed and noted in Japanese")
    func japanese() throws {
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("lang ja")
        let out = try interpreter.run("simulate --runs 1000 --seed 1 --exact")
        #expect(out.texts.last?.hasPrefix("令和4年度までの達成確率（厳密）：") == true)
        #expect(out.tables.last?.title == "達成確率（厳密計算）")
        let ok = try interpreter.run("expect probability smart-city >= 0 --exact").texts[0]
        #expect(ok.contains("（厳密）"))
    }
}
