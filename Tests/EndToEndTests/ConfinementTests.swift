import Foundation
import TestSupport
import Testing

/// Issue #11's reproducers through the built executable: scripts write and read only
/// under the working directory and the directories allowed on the command line.
@Suite struct ConfinementTests {
    static let secret = "root:$6$saltsalt$hashhashhashhashhash:19000:0:99999:7:::\ntoken SECRET-TOKEN-1234 here\n"

    @Test("printf 'export kpi --to \"../\\xcc\\x81d/x.csv\"\\nsave …' > s.plan; muniplan s.plan writes nothing outside")
    func combiningMarkReproducer() throws {
        try withTemporaryFolder { workspace in
            let script = "export kpi --to \"../\u{301}d/x.csv\"\nsave \"../\u{301}d/evil.plan\"\n"
            #expect(Array(script.utf8).contains(0xCC), "the bytes of the issue's printf")
            try workspace.write("work/s.plan", script)
            let work = workspace.url.appendingPathComponent("work")
            let result = try muniplan(["s.plan"], in: work)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("s.plan:1: '../\u{301}d/x.csv' ("), "\(result)")
            #expect(result.stderr.contains("is outside the directories a script may write to"), "\(result)")
            let going = try muniplan(["--keep-going", "s.plan"], in: work)
            #expect(going.status == 1)
            #expect(going.stderr.split(separator: "\n").filter { $0.contains("is outside") }.count == 2, "\(going)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path) == ["work"])
        }
    }

    @Test("run of a file outside prints none of it, with or without --keep-going; --allow-read DIR allows it")
    func runOutside() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("secret.txt", Self.secret)
            try workspace.write("work/r.plan", "run ../secret.txt\n")
            let work = workspace.url.appendingPathComponent("work")
            for arguments in [["r.plan"], ["--keep-going", "r.plan"], ["-c", "run ../secret.txt --keep-going"],
                              ["--keep-going", "-c", "indicators load ../secret.txt; simulate --model ../secret.txt"]] {
                let result = try muniplan(arguments, in: work)
                #expect(result.status == 1, "\(result)")
                #expect(result.stderr.contains("outside the directories a script may read"), "\(result)")
                #expect(!result.stderr.contains("saltsalt") && !result.stderr.contains("SECRET"), "\(result)")
            }
            let allowed = try muniplan(["--allow-read", "..", "--keep-going", "r.plan"], in: work)
            #expect(allowed.status == 1)
            #expect(allowed.stderr.contains("unknown command 'root:$6$saltsalt$hashhas…'"), "\(allowed)")
            #expect(!allowed.stderr.contains("hashhashhash") && !allowed.stderr.contains("SECRET"), "\(allowed)")
        }
    }

    @Test("a scenario named on the command line runs from anywhere")
    func commandLineFileOutside() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("work/.keep", "")
            try workspace.write("elsewhere/a.plan", "assign advisor hinoemata\nexpect covered advisor hinoemata\n")
            let result = try muniplan(["../elsewhere/a.plan"], in: workspace.url.appendingPathComponent("work"))
            #expect(result.status == 0, "\(result)")
        }
    }

    @Test("--help documents --allow-read and --allow-write")
    func help() throws {
        let result = try muniplan(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--allow-read <dir>") && result.stdout.contains("--allow-write <dir>"), "\(result)")
    }
}
