import Foundation
import TestSupport
import Testing

/// `muniplan -c`, `muniplan FILE…`, `--data`, `--version`, bad options: output and exit codes.
@Suite struct CommandLineTests {
    @Test("-c 'format csv; bodies' is CSV: a header and 60 rows")
    func csv() throws {
        let result = try muniplan(["-c", "format csv; bodies"])
        #expect(result.status == 0, "\(result)")
        let records = parseCSV(result.stdout)
        #expect(records.first == ["code", "name", "kana", "romaji", "kind", "district", "population", "groups"], "\(result)")
        #expect(records.count == 61)
        #expect(records.dropFirst().allSatisfy { $0.count == 8 && !$0[0].isEmpty })
        #expect(Set(records.dropFirst().map { $0[0] }).count == 60)
    }

    @Test("--format csv on the command line is format csv from the start; a format that does not exist is exit 2")
    func formatOption() throws {
        let option = try muniplan(["--format", "csv", "-c", "bodies; kpi"])
        let command = try muniplan(["-c", "format csv; bodies; kpi"])
        #expect(option.status == 0 && option.stdout == command.stdout && !option.stdout.isEmpty)
        let bad = try muniplan(["--format", "xml", "-c", "kpi"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("muniplan: --format takes table, csv, tsv, md or json, not 'xml'"))
        #expect(bad.stdout.isEmpty)
    }

    @Test("-q runs a scenario printing only what expect says and the failures; exit statuses as without it")
    func quiet() throws {
        let quiet = try muniplan(["-q", repositoryRoot.appendingPathComponent("scenarios/fy2022-plan.plan").path])
        #expect(quiet.status == 0)
        let lines = quiet.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("ok: ") }, "\(quiet.stdout)")
        let failing = try muniplan(["-q", "-c", "allocate advisor 19; expect kpi advisor short; kpi"])
        #expect(failing.status == 1 && failing.stdout.isEmpty)
        #expect(failing.stderr.contains("-c:2: expectation failed: expected kpi advisor short"))
    }

    @Test("-q leaves what a command redirects to a file whole, and keeps expect's results in a file that `run` runs")
    func quietNested() throws {
        try withTemporaryFolder { workspace in
            try Data("expect kpi advisor short\nkpi\n".utf8).write(to: workspace.url.appendingPathComponent("checks.plan"))
            let redirected = try muniplan(["-q", "-c", "kpi > k.txt"], in: workspace.url)
            #expect(redirected.status == 0 && redirected.stdout.isEmpty, "\(redirected)")
            let shown = try muniplan(["-c", "kpi"], in: workspace.url)
            let written = try String(contentsOf: workspace.url.appendingPathComponent("k.txt"), encoding: .utf8)
            #expect(!shown.stdout.isEmpty && written == shown.stdout)
            let direct = try muniplan(["-q", "checks.plan"], in: workspace.url)
            let nested = try muniplan(["-q", "-c", "run checks.plan"], in: workspace.url)
            #expect(direct.stdout.hasPrefix("ok: ") && direct.stdout.split(separator: "\n").count == 1, "\(direct)")
            #expect(nested.status == 0 && nested.stdout == direct.stdout, "\(nested)")
        }
    }

    @Test("a scenario file that does not exist is named, exit 1")
    func missingFile() throws {
        let result = try muniplan(["no-such-scenario.plan"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("no such file: no-such-scenario.plan"), "\(result)")
    }

    @Test("a scenario file with a NUL byte or a line not UTF-8 is refused located at that line, not behind 'muniplan:' (found by fuzzing)")
    func binaryFileLocated() throws {
        try withTemporaryFolder { workspace in
            try Data(Array("kpi\nfy R4\u{0}\nbogus\n".utf8)).write(to: workspace.url.appendingPathComponent("nul.plan"))
            try Data(Array("kpi\n".utf8) + [0x66, 0x79, 0xFF, 0x0A]).write(to: workspace.url.appendingPathComponent("ff.plan"))
            let nul = try muniplan(["nul.plan"], in: workspace.url)
            #expect(nul.status == 1 && nul.stdout.isEmpty, "\(nul)")
            #expect(nul.stderr == "nul.plan:2: a NUL byte: not a text file (a binary file?); nothing of it was used\n", "\(nul)")
            let ff = try muniplan(["--keep-going", "ff.plan"], in: workspace.url)
            #expect(ff.status == 1 && ff.stdout.isEmpty, "\(ff)")
            #expect(ff.stderr.hasPrefix("ff.plan:2: not UTF-8 text") && ff.stderr.split(separator: "\n").count == 1, "\(ff)")
        }
    }

    @Test("-c 'format json; bodies' is JSON")
    func json() throws {
        let result = try muniplan(["-c", "format json; bodies"])
        #expect(result.status == 0, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["rows"] as? [Any])?.count == 60)
    }

    @Test("-c 'show hinoemata' tells everything about 檜枝岐村")
    func show() throws {
        let result = try muniplan(["-c", "show hinoemata"])
        #expect(result.status == 0, "\(result)")
        for fact in ["檜枝岐村", "073644", "南会津", "village", "507"] {
            #expect(result.stdout.contains(fact), "\(fact) missing:\n\(result)")
        }
    }

    @Test("-c kpi shows the targets and marks the source's conflicts")
    func kpi() throws {
        let result = try muniplan(["-c", "kpi"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdoutLines
        func row(_ id: String) -> String { lines.first { $0.hasPrefix(id + " ") } ?? "" }
        #expect(row("advisor").contains(" 19 "), "\(result)")
        #expect(row("ict-grant-41").contains(" 41 ") && row("ict-grant-41").hasSuffix("conflict"), "\(result)")
        #expect(row("ict-grant-42").contains(" 42 ") && row("ict-grant-42").hasSuffix("conflict"), "\(result)")
        #expect(row("security-cloud").contains(" 60 "), "\(result)")
        #expect(row("online-rate").contains("61.0"), "\(result)")
        #expect(row("e-application").contains("11,000") && row("e-application").hasSuffix("conflict"), "\(result)")
        #expect(!row("advisor").contains("conflict"))
        #expect(result.stdout.contains("110,000"), "the conflicting statement is shown")
    }

    @Test("-c numbers its commands in errors: -c:2:")
    func commandNumber() throws {
        let result = try muniplan(["-c", "bodies; show nowhere"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("-c:2: unknown body 'nowhere'"), "\(result)")
    }

    @Test("a data directory with a wrong check digit exits 3 naming file and line")
    func badData() throws {
        try withTemporaryFolder { workspace in
            let data = workspace.url.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            for file in ["bodies.csv", "districts.csv", "measures.toml"] {
                try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Data/\(file)"), to: data.appendingPathComponent(file))
            }
            var lines = try String(contentsOf: data.appendingPathComponent("bodies.csv"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let n = 12
            let good = String(lines[n - 1].prefix(6))
            let last = good.last!.wholeNumberValue!
            let bad = String(good.prefix(5)) + String((last + 1) % 10)
            lines[n - 1] = bad + lines[n - 1].dropFirst(6)
            try Data(lines.joined(separator: "\n").utf8).write(to: data.appendingPathComponent("bodies.csv"))
            let result = try muniplan(["--data", data.path, "-c", "bodies"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("bodies.csv:\(n):"), "\(result)")
            #expect(result.stderr.contains(bad), "\(result)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("a missing data directory exits 3")
    func missingData() throws {
        let result = try muniplan(["--data", "/nonexistent/muniplan-data", "-c", "bodies"])
        #expect(result.status == 3, "\(result)")
    }

    @Test("a bad option exits 2 with the usage", arguments: [["--bogus"], ["-c"], ["--data"], ["check"], ["check", "a", "b"]])
    func badOption(arguments: [String]) throws {
        let result = try muniplan(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("usage: muniplan"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try muniplan(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("muniplan "))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test("--help names the program muniplan and exits 0")
    func help() throws {
        let result = try muniplan(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("muniplan"))
        #expect(!result.stdout.contains("options [-c"), "the help calls the program 'options':\n\(result.stdout)")
    }
}
