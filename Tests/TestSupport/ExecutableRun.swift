import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

// Running the built `muniplan` as a subprocess and what a run gave.

/// What one run of the executable gave.
public struct RunResult: CustomStringConvertible {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    public var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// Runs `muniplan arguments…` with `input` (or `inputBytes`, which need not be UTF-8) piped
/// to its standard input (closed after writing, so it is not a terminal), in `directory`,
/// and waits for it (at most `timeout`).
public func muniplan(_ arguments: [String], input: String = "", inputBytes: [UInt8]? = nil, in directory: URL? = nil,
              environment extra: [String: String] = [:], timeout: TimeInterval = 60) throws -> RunResult {
    _ = ignoringBrokenPipes
    let process = Process()
    process.executableURL = try Executable.url()
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    let folder = try TemporaryFolder(), scratch = folder.url
    defer { folder.remove() }
    process.environment = executableEnvironment(home: scratch, extra)

    // Output goes to files: no pipe can fill up and stall the child while we wait.
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = out
    process.standardError = err
    try process.run()
    try? out.close()
    try? err.close()
    // A child that stops early (an error on line 2) may close its end first: that is
    // EPIPE here, not a failure of the test.
    try? stdin.fileHandleForWriting.write(contentsOf: Data(inputBytes ?? Array(input.utf8)))
    try? stdin.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    if process.isRunning {
        process.terminate()
        process.waitUntilExit()
        Issue.record("muniplan \(arguments) did not finish within \(Int(timeout)) s")
    }
    process.waitUntilExit()
    let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    return RunResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
}

