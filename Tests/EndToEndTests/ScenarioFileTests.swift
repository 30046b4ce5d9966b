import Foundation
import TestSupport
import Testing

/// `muniplan FILE…` and `muniplan check DIR`.
@Suite struct ScenarioFileTests {
    @Test("a scenario with an error on line 3 exits 1 with FILE:3:")
    func errorOnLine3() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("x.plan", "# line 1\nassign advisor hinoemata\nassign advisor hinoemta\nkpi\n")
            let result = try muniplan(["x.plan"], in: workspace.url)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("x.plan:3: unknown body 'hinoemta' — did you mean 檜枝岐村 (hinoemata)?"), "\(result)")
            #expect(!result.stdout.contains("kpi "), "line 4 ran:\n\(result)")
        }
    }

    @Test("the same plan saves to the same bytes in every time zone (the header's date is UTC)")
    func saveIsTimeZoneFree() throws {
        try withTemporaryFolder { workspace in
            // UTC+14 and UTC-11 are always on different calendar days.
            var saved: [Data] = []
            for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
                let file = "plan-\(saved.count).plan"
                let result = try muniplan(["-c", "assign advisor hinoemata; save \(file)"], in: workspace.url,
                                          environment: ["TZ": zone])
                #expect(result.status == 0, "\(result)")
                saved.append(try Data(contentsOf: workspace.url.appendingPathComponent(file)))
            }
            #expect(saved[0] == saved[1])
            let header = String(decoding: saved[0], as: UTF8.self).split(separator: "\n").first ?? ""
            #expect(header.hasSuffix("(UTC)"), "\(header)")
        }
    }

    @Test("files and -c together: the files run first, then -c, in one session; a failing file stops before -c")
    func filesThenCommands() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("a.plan", "assign advisor hinoemata\n")
            try workspace.write("bad.plan", "assign advisor nowhere\n")
            let result = try muniplan(["a.plan", "-c", "expect count covered:advisor == 1"], in: workspace.url)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("ok: count covered:advisor = 1"), "\(result)")
            let failing = try muniplan(["bad.plan", "-c", "show hinoemata"], in: workspace.url)
            #expect(failing.status == 1, "\(failing)")
            #expect(!failing.stdout.contains("檜枝岐村"), "-c ran after a failed file:\n\(failing)")
        }
    }

    @Test("a scenario saved with CRLF line ends (Notepad) runs line by line, from the command line and through run")
    func crlfScenario() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("crlf.plan", "assign advisor hinoemata\r\nassign advisor \\\r\n  tadami\r\nexpect count covered:advisor == 2\r\n")
            try workspace.write("outer.plan", "run crlf.plan\r\nexpect covered advisor 只見町\r\n")
            let result = try muniplan(["crlf.plan"], in: workspace.url)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("ok: count covered:advisor = 2"), "\(result)")
            let nested = try muniplan(["outer.plan"], in: workspace.url)
            #expect(nested.status == 0, "\(nested)")
            let bad = try muniplan(["-c", "run crlf.plan"], in: workspace.url)
            #expect(bad.status == 0, "\(bad)")
        }
    }

    @Test("files run in order in one session")
    func files() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("a.plan", "assign advisor hinoemata\n")
            try workspace.write("b.plan", "expect covered advisor 檜枝岐村\nexpect count covered:advisor == 1\n")
            let result = try muniplan(["a.plan", "b.plan"], in: workspace.url)
            #expect(result.status == 0, "\(result)")
            let reversed = try muniplan(["b.plan", "a.plan"], in: workspace.url)
            #expect(reversed.status == 1, "\(reversed)")
        }
    }

    @Test("a file that cannot be read exits 1")
    func missingFile() throws {
        let result = try muniplan(["/nonexistent/x.plan"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("/nonexistent/x.plan"))
    }

    @Test("nested files report the chain, from the command line too")
    func chain() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("a.plan", "run sub/b.plan\n")
            try workspace.write("sub/b.plan", "bodies kind:village\nshow nowhere\n")
            let result = try muniplan(["a.plan"], in: workspace.url)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("a.plan:1: in b.plan:2: unknown body 'nowhere'"), "\(result)")
        }
    }

    @Test("check DIR: ok and FAIL lines, the summary, exit 1 when any failed")
    func check() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("plans/good.plan", "assign advisor hinoemata\nexpect covered advisor hinoemata\n")
            try workspace.write("plans/bad.plan", "assign advisor hinoemata\nexpect kpi advisor met\n")
            try workspace.write("plans/notes.txt", "not a plan\n")
            let result = try muniplan(["check", "plans"], in: workspace.url)
            #expect(result.status == 1, "\(result)")
            let lines = result.stdoutLines.filter { !$0.isEmpty }
            try #require(lines.count == 3, "\(result)")
            #expect(lines[0].hasPrefix("FAIL") && lines[0].contains("bad.plan") && lines[0].contains(":2:"), "\(result)")
            #expect(lines[1].hasPrefix("ok") && lines[1].contains("good.plan"), "\(result)")
            #expect(lines.last == "1 passed, 1 failed")
        }
    }

    @Test("check runs each file in a fresh session and exits 0 when all pass")
    func checkFresh() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("plans/a.plan", "assign advisor hinoemata\nexpect count covered:advisor == 1\n")
            try workspace.write("plans/b.plan", "expect count covered:advisor == 0\n")
            let result = try muniplan(["check", "plans"], in: workspace.url)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdoutLines.filter { !$0.isEmpty }.last == "2 passed, 0 failed")
        }
    }

    @Test("check of a folder that does not exist is a usage error")
    func checkMissing() throws {
        let result = try muniplan(["check", "/nonexistent/plans"])
        #expect(result.status == 2, "\(result)")
    }

    static let scenarios = repositoryRoot.appendingPathComponent("scenarios")

    @Test("the shipped scenarios all pass: muniplan check scenarios/",
          .enabled(if: FileManager.default.fileExists(atPath: scenarios.path), "no scenarios/ folder yet"))
    func shippedScenarios() throws {
        let result = try muniplan(["check", "scenarios"], in: repositoryRoot, timeout: 300)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.filter { !$0.isEmpty }.last?.hasSuffix(" passed, 0 failed") == true, "\(result)")
    }
}
