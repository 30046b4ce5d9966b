import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `expect` turns a scenario into a check: each form holds or fails with expected and actual.
@Suite struct ExpectTests {
    /// The first `n` municipalities in code order, as codes.
    func municipalities(_ n: Int) throws -> String {
        try bundledDataset().bodies.filter { $0.kind != .association }.prefix(n).map(\.code).joined(separator: " ")
    }

    /// Expects `line` to hold (printing `ok: …`).
    func holds(_ interpreter: Interpreter, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            var texts: [String] = []
            try interpreter.execute(line: line) { if case let .text(t) = $0 { texts.append(t) } }
            #expect(texts.count == 1 && texts[0].hasPrefix("ok: "), "\(texts)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("'\(line)' should hold: \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Expects `line` to fail as an expectation; returns its message.
    @discardableResult
    func fails(_ interpreter: Interpreter, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            try interpreter.execute(line: line) { _ in }
            Issue.record("'\(line)' should not hold", sourceLocation: sourceLocation)
        } catch {
            if case let .expectation(message) = error {
                #expect(message.contains("expected"), sourceLocation: sourceLocation)
                #expect(message.contains("actual"), sourceLocation: sourceLocation)
                return message
            }
            Issue.record("'\(line)' failed, but not as an expectation: \(error)", sourceLocation: sourceLocation)
        }
        return ""
    }

    @Test("expect kpi KPI met|short|over")
    func kpiState() throws {
        let interpreter = try makeInterpreter()
        holds(interpreter, "expect kpi advisor short")
        #expect(fails(interpreter, "expect kpi advisor met") == "expected kpi advisor met, actual advisor short by 19 (0)")
        try interpreter.run("assign advisor \(try municipalities(19))")
        holds(interpreter, "expect kpi advisor met")
        fails(interpreter, "expect kpi advisor short")
        fails(interpreter, "expect kpi advisor over")
        try interpreter.run("capacity advisor 20; assign advisor \(try municipalities(20))")
        holds(interpreter, "expect kpi advisor over")
        holds(interpreter, "expect kpi advisor met")  // over the target meets it
    }

    @Test("a measure with two KPIs holds only when both do (ict-grant: 41 and 42)")
    func conflictingKPIs() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign ict-grant \(try municipalities(41))")
        holds(interpreter, "expect kpi ict-grant-41 met")
        let message = fails(interpreter, "expect kpi ict-grant met")
        #expect(message.contains("ict-grant-42 short by 1"), "\(message)")
        try interpreter.run("assign ict-grant \(try municipalities(42))")
        holds(interpreter, "expect kpi ict-grant met")
    }

    @Test("expect kpi KPI OP N compares the plan's value")
    func kpiValue() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign ict-grant \(try municipalities(40))")
        #expect(fails(interpreter, "expect kpi ict-grant >= 41") == "expected kpi ict-grant >= 41, actual 40")
        holds(interpreter, "expect kpi ict-grant == 40")
        holds(interpreter, "expect kpi ict-grant < 41")
        holds(interpreter, "expect kpi ict-grant != 41")
        fails(interpreter, "expect kpi ict-grant > 40")
        fails(interpreter, "expect kpi ict-grant <= 39")
        try interpreter.run("assign ict-grant \(try municipalities(41))")
        holds(interpreter, "expect kpi ict-grant >= 41")
        #expect(fails(interpreter, "expect kpi online-rate >= 61") == "expected kpi online-rate >= 61, actual: no planned value")
        try interpreter.run("set online-rate 61.0")
        holds(interpreter, "expect kpi online-rate >= 61")
        holds(interpreter, "expect kpi online-rate met")
        fails(interpreter, "expect kpi online-rate > 61.5")
    }

    @Test("expect covered / not-covered MEASURE BODY…")
    func coverage() throws {
        let interpreter = try makeInterpreter()
        let none = fails(interpreter, "expect covered security-cloud all")
        #expect(none.contains("60 of 60 not covered"), "\(none)")
        try interpreter.run("assign security-cloud all; unassign security-cloud hinoemata")
        let one = fails(interpreter, "expect covered security-cloud all")
        #expect(one.contains("1 of 60 not covered: 檜枝岐村"), "\(one)")
        try interpreter.run("assign security-cloud hinoemata")
        holds(interpreter, "expect covered security-cloud all")
        fails(interpreter, "expect covered advisor all")
        holds(interpreter, "expect not-covered advisor 福島市")
        try interpreter.run("assign advisor 福島市")
        let covered = fails(interpreter, "expect not-covered advisor 福島市")
        #expect(covered.contains("1 of 1 covered: 福島市"), "\(covered)")
        holds(interpreter, "expect covered advisor 福島市 fukushima 072010")
    }

    @Test("--fy checks another year; --cumulative counts every year through it")
    func years() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata; fy R5")
        fails(interpreter, "expect covered advisor hinoemata")
        holds(interpreter, "expect covered advisor hinoemata --fy R4")
        holds(interpreter, "expect covered advisor hinoemata --cumulative")
        holds(interpreter, "expect not-covered advisor hinoemata --fy R6")
        holds(interpreter, "expect kpi advisor short --fy R5")
    }

    @Test("expect count SELECTOR… OP N")
    func count() throws {
        let interpreter = try makeInterpreter()
        let villages = try bundledDataset().bodies.filter { $0.kind == .village }.count
        holds(interpreter, "expect count kind:village == \(villages)")
        fails(interpreter, "expect count kind:village == \(villages + 1)")
        holds(interpreter, "expect count district:南会津 == 4")
        holds(interpreter, "expect count all == 60")
        try interpreter.run("assign advisor 会津若松市")
        #expect(fails(interpreter, "expect count covered:advisor district:会津 >= 2")
                == "expected count covered:advisor district:会津 >= 2, actual 1")
        try interpreter.run("assign advisor kitakata")
        holds(interpreter, "expect count covered:advisor district:会津 >= 2")
        holds(interpreter, "expect count covered:advisor district:南会津 == 0")
        holds(interpreter, "expect count covered:advisor == 0 --fy R5")
    }

    @Test("malformed expects are usage errors, not failed expectations", arguments: [
        "expect kpi advisor", "expect kpi advisor maybe", "expect count >= 2", "expect count kind:village about 3",
        "expect covered advisor", "expect wishes", "expect kpi advisor >= many",
    ])
    func malformed(line: String) throws {
        let interpreter = try makeInterpreter()
        let message = interpreter.failure(line)
        #expect(message.hasPrefix("expect: "), "\(message)")
        #expect(message.contains("usage: expect (kpi"))
    }

    @Test("an expect about an unknown KPI, measure or body is an error")
    func unknownNames() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("expect kpi nosuch met").contains("nosuch"))
        #expect(interpreter.failure("expect covered nosuch all").contains("nosuch"))
        #expect(interpreter.failure("expect not-covered advisor nowhere").contains("unknown body 'nowhere'"))
    }

    @Test("in a script every expect is evaluated, located, and counted; --bail stops at the first")
    func scripts() throws {
        let lines = ["assign advisor hinoemata", "expect kpi advisor met", "expect covered advisor hinoemata",
                     "expect count covered:advisor == 2", "assign advisor tadami"]
        let interpreter = try makeInterpreter()
        let result = interpreter.script(lines, name: "x.plan")
        #expect(result.outcome.errors.isEmpty)
        #expect(result.outcome.failedExpectations.count == 2)
        #expect(result.reported.count == 2)
        #expect(result.reported.first?.hasPrefix("x.plan:2: expectation failed: expected kpi advisor met, actual") == true)
        #expect(result.reported.last == "x.plan:4: expectation failed: expected count covered:advisor == 2, actual 1")
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)).count == 2, "the script went on")

        let bailing = try makeInterpreter()
        let bailed = bailing.script(lines, name: "x.plan", bail: true)
        #expect(bailed.outcome.failedExpectations.count == 1)
        #expect(bailing.session.plan.covered("advisor", in: FiscalYear(2022)).count == 1, "--bail stopped the script")
    }

    @Test("failed expects in run FILE are counted, reported, and keep the plan")
    func inRunFile() throws {
        try withTemporaryFolder { folder in
            try folder.write("e.plan", "assign advisor hinoemata\nexpect kpi advisor met\nexpect count all == 1\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            let printed = try interpreter.run("run e.plan")
            #expect(interpreter.failedExpectations == 2)
            #expect(printed.notices.contains { $0.hasPrefix("e.plan:2: expectation failed") })
            #expect(printed.notices.contains { $0.hasPrefix("e.plan:3: expectation failed: expected count all == 1, actual 60") })
            #expect(printed.notices.last == "e.plan: 2 expectations failed")
            #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644"])
        }
    }

    @Test("each form parses into its expectation, P as 0.8 or 80%")
    func parsing() throws {
        #expect(try parsed("expect count covered:advisor district:会津 >= 2") as? ExpectCommand
                == ExpectCommand(expectation: .count(selectors: ["covered:advisor", "district:会津"], comparison: .ge, value: 2, fy: nil)))
        #expect(try parsed("expect not-covered advisor 福島市 --fy R5 --cumulative") as? ExpectCommand
                == ExpectCommand(expectation: .notCovered(measure: "advisor", bodies: ["福島市"], fy: "R5", cumulative: true)))
        #expect(try parsed("expect probability ict-grant 42 >= 0.8") as? ExpectCommand
                == ExpectCommand(expectation: .probability(kpi: "ict-grant", target: 42, comparison: .ge, value: 0.8, fy: nil)))
        #expect(try parsed("expect probability ict-grant-42 > 80% --fy R7") as? ExpectCommand
                == ExpectCommand(expectation: .probability(kpi: "ict-grant-42", target: nil, comparison: .gt, value: 0.8, fy: "R7")))
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("expect probability ict-grant 42 >= 1.5").contains("P must be a probability from 0 to 1 (or 0% to 100%), not '1.5'"))
        #expect(interpreter.failure("expect probability ict-grant >=").contains("expect probability needs"))
    }

    @Test("expect probability holds or fails with expected and actual")
    func expectProbability() throws {
        let interpreter = try makePlannedInterpreter()
        #expect(interpreter.failure("expect probability ict-grant 42 >= 0.5").contains("run simulate first"))
        try interpreter.run("simulate --runs 20000 --seed 1")
        let ok = try interpreter.run("expect probability ict-grant 42 <= 0.05").texts
        #expect(ok == [try #require(ok.first)] && ok[0].hasPrefix("ok: probability ict-grant 42 <= 0.05 (P(ict-grant ≥ 42 by FY2022) = "))
        let message = fails(interpreter, "expect probability ict-grant 42 >= 0.8")
        #expect(message.hasPrefix("expected probability ict-grant 42 >= 0.8, actual P(ict-grant ≥ 42 by FY2022) = 0.000"))
        #expect(message.hasSuffix("20,000 runs"))
        try interpreter.run("expect probability smart-city >= 0.3")
        try interpreter.run("expect probability smart-city < 70%")
        try interpreter.run("expect probability ict-grant 30 >= 0.8")
        // A measure with two KPIs holds only when both do: 41 and 42 are both unlikely.
        let both = fails(interpreter, "expect probability ict-grant >= 0.5")
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
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("simulate --runs 10000 --seed 1 --through FY2025")
        let now = try interpreter.run("expect probability ict-grant-41 >= 0").texts[0]
        let later = try interpreter.run("expect probability ict-grant-41 >= 0 --fy FY2025").texts[0]
        #expect(now.contains("by FY2022") && later.contains("by FY2025"))
    }

    @Test("in a script, the summary of a run FILE's failed expects is located at the run line (found by fuzzing)")
    func inRunFileFromScript() throws {
        try withTemporaryFolder { folder in
            try folder.write("e.plan", "expect kpi advisor met\nexpect count all == 1\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            var notices: [String] = []
            let outcome = interpreter.runScript(["kpi", "run e.plan"], name: "outer.plan", path: nil, keepGoing: false, bail: false,
                                                emit: { if case let .notice(text) = $0 { notices.append(text) } }, report: { _ in })
            #expect(outcome.errors.isEmpty && interpreter.failedExpectations == 2)
            #expect(notices.first?.hasPrefix("outer.plan:2: in e.plan:1: expectation failed") == true, "\(notices)")
            #expect(notices.last == "outer.plan:2: e.plan: 2 expectations failed", "\(notices)")
        }
    }
}
