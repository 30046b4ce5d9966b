import Foundation
import TestSupport
import Testing

/// The documented limits on untrusted input (docs/limits.md): each refused with one located
/// line, before it is read, instead of filling memory.
@Suite struct InputLimitTests {
    /// A file of `size` bytes that takes no disk space (a hole): the limit is decided on
    /// the size before anything is read.
    static func sparseFile(_ url: URL, size: Int) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: Data("kpi\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.truncate(atOffset: UInt64(size))
    }

    @Test("a scenario file over 256 MiB is refused, named on the command line or run by a script")
    func scenarioFileTooLarge() throws {
        try withTemporaryFolder { workspace in
            try Self.sparseFile(workspace.url.appendingPathComponent("big.plan"), size: 256 << 20 + 1)
            let direct = try muniplan(["big.plan"], in: workspace.url)
            #expect(direct.status == 1, "\(direct)")
            #expect(direct.stderr == "muniplan: 'big.plan' is larger than 256 MiB, the most muniplan reads of such a file: "
                    + "not read (split it into smaller files)\n", "\(direct)")
            let run = try muniplan(["-c", "kpi; run big.plan"], in: workspace.url)
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.hasPrefix("-c:2: 'big.plan' is larger than 256 MiB"), "\(run)")
        }
    }

    @Test("an indicators file over 256 MiB is refused at its command")
    func indicatorsFileTooLarge() throws {
        try withTemporaryFolder { workspace in
            try Self.sparseFile(workspace.url.appendingPathComponent("big.csv"), size: 256 << 20 + 1)
            let result = try muniplan([], input: "fy R4\nindicators load big.csv\n", in: workspace.url)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("<stdin>:2: 'big.csv' is larger than 256 MiB"), "\(result)")
        }
    }

    @Test("a line of standard input over 4 MiB stops the run at that line; what came before ran")
    func standardInputLineTooLong() throws {
        let input = Array("fy R5\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20 + 1)
        let result = try muniplan([], inputBytes: input)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "editing FY2023 (R5)\n", "\(result)")
        #expect(result.stderr == "<stdin>:2: line longer than 4 MiB: not read — a command is at most that long; "
                + "split it into several commands\n", "\(result)")
    }

    @Test("a command continued onto a line of standard input that stops the run is not run",
          arguments: [[UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20 + 1), [0xFF, 0x0A]])
    func continuedOntoAStop(stop: [UInt8]) throws {
        let result = try muniplan([], inputBytes: Array("fy R5\nassign advisor hinoemata \\\n".utf8) + stop)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "editing FY2023 (R5)\n", "\(result)")
        #expect(result.stderr.hasPrefix("<stdin>:3: "), "\(result)")
    }

    @Test("a data file over 256 MiB, or a pipe in its place, is refused with exit 3, saying why")
    func dataFileLimits() throws {
        try withTemporaryFolder { workspace in
            let data = workspace.url.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            for file in ["districts.csv", "measures.toml"] {
                try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Data/\(file)"), to: data.appendingPathComponent(file))
            }
            let bodies = data.appendingPathComponent("bodies.csv")
            try Self.sparseFile(bodies, size: 4 << 30)
            let large = try muniplan(["--data", data.path, "-c", "kpi"])
            #expect(large.status == 3, "\(large)")
            #expect(large.stderr.contains("bodies.csv' is larger than 256 MiB"), "\(large)")
            try FileManager.default.removeItem(at: bodies)
            #expect(mkfifo(bodies.path, 0o600) == 0)
            let pipe = try muniplan(["--data", data.path, "-c", "kpi"])
            #expect(pipe.status == 3, "\(pipe)")
            #expect(pipe.stderr.contains("bodies.csv' is not a regular file (a device, a pipe or a socket)"), "\(pipe)")
        }
    }
}
