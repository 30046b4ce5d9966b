import MuniPlan
import Foundation
import TestSupport
import Testing
@testable import MuniPlanShell

/// `run FILE`: a scenario's commands in this session; on an error the plan is as before,
/// and the error names the chain of files and lines.
@Suite struct RunTests {
    /// An interpreter with some plan already in place, its working directory `folder`.
    func prepared(_ folder: TemporaryFolder) throws -> Interpreter {
        let interpreter = try makeInterpreter(workingDirectory: folder.path)
        try interpreter.run("assign security-cloud all; capacity advisor 5; fy R5; assign advisor hinoemata; snapshot start")
        return interpreter
    }

    @Test("run applies a file's commands, continuation lines and ; included")
    func success() throws {
        try withTemporaryFolder { folder in
            try folder.write("ok.plan", """
                # a comment line
                assign advisor 檜枝岐村 \\
                    只見町   # a trailing comment
                fy R5; assign ict-grant district:南会津

                set seminar 4
                """)
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("run ok.plan")
            let plan = interpreter.session.plan
            #expect(plan.covered("advisor", in: FiscalYear(2022)) == ["073644", "073679"])
            #expect(plan.covered("ict-grant", in: FiscalYear(2023)).count == 4)
            #expect(plan.plannedValue("seminar", in: FiscalYear(2023)) == 4)
            #expect(interpreter.session.year == FiscalYear(2023))
        }
    }

    @Test("the whole run is one step for undo")
    func oneUndoStep() throws {
        try withTemporaryFolder { folder in
            try folder.write("ok.plan", "assign advisor hinoemata\nassign advisor tadami\nassign seminar all\n")
            let interpreter = try prepared(folder)
            let before = interpreter.session.plan
            try interpreter.run("run ok.plan")
            #expect(interpreter.session.plan != before)
            try interpreter.run("undo")
            #expect(interpreter.session.plan == before)
        }
    }

    static let goodLines = [
        "assign advisor tadami", "fy R6", "assign ict-grant district:南会津 \\", "  kind:town", "capacity advisor 10",
        "set seminar 4", "weight village 2", "indicators set aging 073644 52.0 073679 47.5", "snapshot inside",
    ]

    static let badLines = [
        "assign advisor nowhere", "show 'unclosed", "frobnicate", "capacity advisor 0", "fy R200", "run missing.plan",
        "assign advisor all",
    ]

    @Test("an error on any line leaves the plan, year and history as before", arguments: badLines)
    func rollbackAtEveryLine(bad: String) throws {
        try withTemporaryFolder { folder in
            // Every position, including inside a continued command (which then fails as a whole).
            for position in 0...Self.goodLines.count {
                var lines = Self.goodLines
                lines.insert(bad, at: position)
                try folder.write("s.plan", lines.joined(separator: "\n") + "\n")
                let interpreter = try prepared(folder)
                let plan = interpreter.session.plan, year = interpreter.session.year, prompt = interpreter.prompt
                let message = interpreter.failure("run s.plan")
                let insideContinuation = position == 3
                let line = insideContinuation ? 3 : position + 1
                #expect(message.hasPrefix("s.plan:\(line): "), "position \(position): \(message)")
                #expect(interpreter.session.plan == plan, "position \(position): the plan changed")
                #expect(interpreter.session.year == year)
                #expect(interpreter.prompt == prompt)
                #expect(interpreter.failure("diff inside").hasPrefix("no snapshot 'inside'"))
                try interpreter.run("undo")
                #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2023)).isEmpty, "undo after a failed run")
            }
        }
    }

    @Test("a failure in a nested file names the chain: a.plan:1: in b.plan:2:")
    func nestedChain() throws {
        try withTemporaryFolder { folder in
            try folder.write("a.plan", "run b.plan\nassign advisor tadami\n")
            try folder.write("b.plan", "assign advisor shimogo\nshow nowhere\n")
            let interpreter = try prepared(folder)
            let plan = interpreter.session.plan
            let message = interpreter.failure("run a.plan")
            #expect(message.hasPrefix("a.plan:1: in b.plan:2: unknown body 'nowhere'"), "\(message)")
            #expect(interpreter.session.plan == plan)
        }
    }

    @Test("paths inside a scenario resolve from the scenario's own folder")
    func relativePaths() throws {
        try withTemporaryFolder { folder in
            try folder.write("plans/a.plan", "run parts/b.plan\n")
            try folder.write("plans/parts/b.plan", "run ../c.plan\n")
            try folder.write("plans/c.plan", "assign advisor hinoemata\n")
            try folder.write("c.plan", "assign advisor tadami\n")  // not this one
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("run plans/a.plan")
            #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644"])
        }
    }

    @Test("a file that runs itself, directly or not, is refused and nothing changes")
    func cycles() throws {
        try withTemporaryFolder { folder in
            try folder.write("self.plan", "assign advisor tadami\nrun self.plan\n")
            try folder.write("a.plan", "assign advisor tadami\nrun b.plan\n")
            try folder.write("b.plan", "assign advisor shimogo\nrun sub/../a.plan\n")
            let interpreter = try prepared(folder)
            let plan = interpreter.session.plan
            let direct = interpreter.failure("run self.plan")
            #expect(direct.hasPrefix("self.plan:2: "), "\(direct)")
            #expect(direct.contains("runs itself"))
            #expect(interpreter.session.plan == plan)
            let indirect = interpreter.failure("run a.plan")
            #expect(indirect.hasPrefix("a.plan:2: in b.plan:2: "), "\(indirect)")
            #expect(indirect.contains("a.plan runs itself (a.plan → b.plan → a.plan)") || indirect.contains("runs itself"))
            #expect(interpreter.session.plan == plan)
        }
    }

    @Test("scenarios nest 16 deep and no deeper")
    func nestingLimit() throws {
        try withTemporaryFolder { folder in
            func chain(_ depth: Int) throws {
                for i in 1...depth {
                    try folder.write("n\(i).plan", i < depth ? "run n\(i + 1).plan\n" : "assign advisor tadami\n")
                }
            }
            try chain(16)
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("run n1.plan")
            #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073679"])
            try chain(17)
            let deeper = try makeInterpreter(workingDirectory: folder.path)
            let message = deeper.failure("run n1.plan")
            #expect(message.contains("nest more than 16 deep"), "\(message)")
            #expect(message.hasPrefix("n1.plan:1: in n2.plan:1: in "))
            #expect(deeper.session.plan == Plan())
        }
    }

    @Test("run of a missing file, a folder, or a file that is not UTF-8 says so")
    func unreadable() throws {
        try withTemporaryFolder { folder in
            try folder.write("dir/x.plan", "kpi\n")
            try Data([0x61, 0xFF, 0xFE, 0x0A]).write(to: folder.url.appendingPathComponent("bin.plan"))
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(interpreter.failure("run nope.plan") == "no such file: nope.plan")
            #expect(interpreter.failure("run dir") == "dir is a folder, not a scenario file")
            #expect(interpreter.failure("run bin.plan") == "bin.plan:1: not UTF-8 text (save the file as UTF-8)")
        }
    }

    @Test("a scenario Notepad saved as Unicode (UTF-16 with its mark, CRLF) runs, errors at their lines")
    func utf16Scenario() throws {
        try withTemporaryFolder { folder in
            let text = "assign advisor 福島市、会津若松市\r\nassign advisor 郡山氏\r\n"
            try Data(IndicatorsFileTests.utf16(text)).write(to: folder.url.appendingPathComponent("u.plan"))
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(interpreter.failure("run u.plan") == "u.plan:2: unknown body '郡山氏' — did you mean 郡山市 (koriyama)?")
            #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year).isEmpty)
            try Data(IndicatorsFileTests.utf16("assign advisor 福島市、会津若松市\r\n")).write(to: folder.url.appendingPathComponent("v.plan"))
            try interpreter.run("run v.plan")
            #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year) == ["072010", "072028"])
        }
    }

    @Test("--keep-going reports every error and keeps what succeeded")
    func keepGoing() throws {
        try withTemporaryFolder { folder in
            try folder.write("k.plan", "assign advisor hinoemata\nshow nowhere\nassign advisor tadami\nfrobnicate\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            var printed = Printed()
            do {
                try interpreter.execute(line: "run k.plan --keep-going") { printed.outputs.append($0) }
                Issue.record("a run with errors should fail")
            } catch {
                #expect("\(error)".contains("2 errors"), "\(error)")
            }
            #expect(printed.notices.contains { $0.hasPrefix("k.plan:2: unknown body 'nowhere'") }, "\(printed.notices)")
            #expect(printed.notices.contains { $0.hasPrefix("k.plan:4: unknown command 'frobnicate'") }, "\(printed.notices)")
            #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644", "073679"])
        }
    }

    @Test("a nested run --keep-going ends with its summary located at the run line")
    func nestedKeepGoingSummary() throws {
        try withTemporaryFolder { folder in
            try folder.write("plans/bad.plan", "assign advisor nowhere\nkpi advisor\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            var messages: [String] = []
            _ = interpreter.runScript(["kpi", "run plans/bad.plan --keep-going"], name: "-c", path: nil, keepGoing: true,
                                      bail: false, emit: { if case let .notice(n) = $0 { messages.append(n) } },
                                      report: { messages.append($0) })
            #expect(messages.count == 3, "\(messages)")
            #expect(messages.last == "-c:2: plans/bad.plan: 2 errors", "\(messages)")
            for line in messages {
                #expect(line.hasPrefix("-c:2: "), "every message is located: \(line)")
            }
        }
    }

    @Test("a script without a prompt stops at the first error, located by line")
    func scriptStops() throws {
        let interpreter = try makeInterpreter()
        let result = interpreter.script(["assign advisor hinoemata", "show nowhere", "assign advisor tadami"], name: "<stdin>")
        #expect(result.outcome.errors == ["<stdin>:2: unknown body 'nowhere' — did you mean 檜枝岐村 (hinoemata)?"]
                || result.outcome.errors.first?.hasPrefix("<stdin>:2: unknown body 'nowhere'") == true)
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644"])
    }

    @Test("-c numbers commands, not lines")
    func commandNumbers() throws {
        let interpreter = try makeInterpreter()
        var reported: [String] = []
        let outcome = interpreter.runScript(["bodies; kpi; show nowhere; bodies"], name: "-c", path: nil, keepGoing: false, bail: false,
                                            numberCommands: true, emit: { _ in }, report: { reported.append($0) })
        #expect(outcome.errors.first?.hasPrefix("-c:3: unknown body 'nowhere'") == true)
    }

    @Test("run parses its file, --keep-going, which takes no value, and --encoding")
    func parsing() throws {
        #expect(try parsed("run a.plan --keep-going") as? RunCommand == RunCommand(file: "a.plan", keepGoing: true))
        #expect(try parsed("run a.plan") as? RunCommand == RunCommand(file: "a.plan", keepGoing: false))
        #expect(try parsed("run a.plan --encoding cp932") as? RunCommand == RunCommand(file: "a.plan", keepGoing: false, encoding: .cp932))
        #expect(try makeInterpreter().failure("run") == "run: missing FILE — usage: run FILE [--keep-going] [--encoding utf-8|cp932]")
    }
}
