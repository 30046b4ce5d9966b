import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C (SIGINT) in a script stops it promptly, the same way for `-c`, files and stdin:
/// muniplan says where it stopped and ends by SIGINT (a shell shows 130). It once spun at
/// 100% CPU in readLine after SIGINT on piped input, until SIGKILL.
@Suite struct InterruptTests {
    /// What the kpi table prints: it must not run after Ctrl-C.
    static let kpiHeader = "目標"

    @Test("SIGINT while waiting for piped input: stops at once, the later line is not run")
    func waitingForInput() throws {
        let input = try TestPipe()
        defer { close(input.write) }
        let child = try SpawnedMuniplan([], stdin: input.read)
        close(input.read)
        input.send("fy R4\n")
        guard child.waitForOutput("editing FY2022 (R4)") else { return }
        usleep(300_000)  // now blocked waiting for line 2
        kill(child.pid, SIGINT)
        let sent = Date()
        usleep(200_000)
        input.send("kpi\n")  // may find the reader gone: that is fine
        close(input.write)
        let end = child.wait(timeout: 10)
        #expect(end == .signalled(SIGINT), "\(end.map(\.description) ?? "no end")\n\(child.stderr)")
        #expect(Date().timeIntervalSince(sent) < 5, "took \(Date().timeIntervalSince(sent)) s to stop")
        #expect(child.stderr.contains("<stdin>:2: interrupted while waiting for input"), "\(child.stderr)")
        #expect(!child.stdout.contains(Self.kpiHeader), "a line after Ctrl-C ran:\n\(child.stdout)")
    }

    @Test("SIGINT during a long command: stopped at its line, the rest not run", arguments: ["-c", "file", "stdin"])
    func longCommand(mode: String) throws {
        try withTemporaryFolder { workspace in
            let lines = ["fy R4", "simulate --runs 100000000 --seed 1", "kpi"]
            let input = try TestPipe()
            defer { close(input.write) }
            let child: SpawnedMuniplan
            let name: String
            switch mode {
            case "-c":
                child = try SpawnedMuniplan(["-c", lines.joined(separator: "; ")])
                name = "-c"
            case "file":
                let file = try workspace.write("long.plan", lines.joined(separator: "\n") + "\n")
                child = try SpawnedMuniplan([file])
                name = file
            default:
                child = try SpawnedMuniplan([], stdin: input.read)
                input.send(lines.joined(separator: "\n") + "\n")
                name = "<stdin>"
            }
            close(input.read)
            guard child.waitForOutput("editing FY2022 (R4)") else { return }
            usleep(500_000)
            kill(child.pid, SIGINT)
            let sent = Date()
            let end = child.wait(timeout: 15)
            #expect(end == .signalled(SIGINT), "\(end.map(\.description) ?? "no end")\n\(child.stderr)")
            #expect(Date().timeIntervalSince(sent) < 5, "took \(Date().timeIntervalSince(sent)) s to stop")
            #expect(child.stderr.contains("\(name):2: interrupted"), "\(child.stderr)")
            #expect(!child.stdout.contains(Self.kpiHeader), "a line after Ctrl-C ran:\n\(child.stdout)")
        }
    }
}
