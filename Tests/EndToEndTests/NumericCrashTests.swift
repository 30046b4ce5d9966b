import Foundation
import MuniPlan
import TestSupport
import Testing

/// Issue 11's crashes (exit 132/134) run through the built executable: each is now an
/// ordinary error with its exit status. A crash in a dependency (toml++) is ours too.
@Suite("no crash on numbers or TOML", .serialized)
struct NumericCrashTests {
    /// A copy of Data/ whose measures.toml (or uptake.toml) has `line` appended.
    func dataWith(_ line: String, in file: String, _ body: (URL) throws -> Void) throws {
        try withTemporaryFolder { workspace in
            let data = workspace.url.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            for name in ["bodies.csv", "districts.csv", "measures.toml", "uptake.toml"] {
                try FileManager.default.copyItem(at: bundledDataDirectory.appendingPathComponent(name), to: data.appendingPathComponent(name))
            }
            let url = data.appendingPathComponent(file)
            try Data((try String(contentsOf: url, encoding: .utf8) + line + "\n").utf8).write(to: url)
            try body(data)
        }
    }

    @Test("measures.toml with [{ or [[,item]]: exit 3 and a located syntax error, not an abort (134)", arguments: ["[{", "[[,item]]"])
    func abortingCatalogue(line: String) throws {
        try dataWith(line, in: "measures.toml") { data in
            let result = try muniplan(["--data", data.path, "-c", "kpi"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("measures.toml:"), "\(result)")
            #expect(result.stderr.contains(": TOML syntax: "), "\(result)")
        }
    }

    @Test("simulate --model with [{: exit 1 and a located syntax error, not an abort", arguments: ["[{", "[[,item]]"])
    func abortingModel(line: String) throws {
        try dataWith(line, in: "uptake.toml") { data in
            let result = try muniplan(["-c", "simulate --runs 10 --model data/uptake.toml"], in: data.deletingLastPathComponent())
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("-c:1: data/uptake.toml:"), "\(result)")
            #expect(result.stderr.contains("TOML syntax"), "\(result)")
        }
    }

    @Test("a KPI target of 1e300 is refused at load (it used to crash simulate and print 'short by 1e+,300')")
    func hugeTarget() throws {
        try dataWith("", in: "measures.toml") { data in
            let url = data.appendingPathComponent("measures.toml")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "target = 41", with: "target = 1e300")
            try Data(text.utf8).write(to: url)
            let result = try muniplan(["--data", data.path, "-c", "simulate --runs 10; kpi"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("target must be a number from 0 to 1e15, not 1e+300"), "\(result)")
        }
    }

    @Test("the issue's command lines exit 1 with a usage error naming the range", arguments: [
        "allocate advisor --min-per-district 2000000000000000000", "allocate advisor spread --min-per-district 1317624576693539402",
        "allocate advisor 19 apportion hamilton --min-per-district 2000000000000000000",
        "simulate --runs 10; expect probability ict-grant 1e19 < 0.5", "simulate --runs 10; expect probability ict-grant -1e300 < 0.5",
    ])
    func commandLines(line: String) throws {
        let result = try muniplan(["-c", line])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(" must be a "), "\(result)")
        #expect(result.stderr.contains(" from 0 to 1,000,000, not '"), "\(result)")
    }
}
