import Foundation
import MuniPlan
import Testing
#if canImport(Glibc)
import Glibc
#endif

// Running the built `muniplan` as a subprocess: where it is, and what a run gave.

/// …/Tests/EndToEndTests/ExecutableSupport.swift → the checkout's root.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // EndToEndTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // root

enum Executable {
    /// Where the built executable may be: beside the test bundle (`swift test` builds it
    /// into the same folder, whatever the scratch path), else the checkout's `.build/debug`.
    static var candidates: [URL] {
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["MUNIPLAN_EXECUTABLE"], !env.isEmpty {
            return [URL(fileURLWithPath: env)]
        }
        dirs.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { dirs.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let argument = CommandLine.arguments.first {
            dirs.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        dirs.append(repositoryRoot.appendingPathComponent(".build/debug"))
        return dirs.map { $0.appendingPathComponent("muniplan") }
    }

    /// The executable, or a failure that says where it was looked for.
    static func url() throws -> URL {
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        throw LocateError(message: "the muniplan executable was not found (build it with swift build); looked in:\n"
                          + candidates.map { "  " + $0.path }.joined(separator: "\n"))
    }

    struct LocateError: Error, CustomStringConvertible { let message: String; var description: String { message } }
}

/// Writing to a child that has exited must not kill the test process with SIGPIPE.
let ignoringBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

/// What one run of the executable gave.
struct RunResult: CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// The environment the executable runs in: this one, without MUNIPLAN_DATA, without colour,
/// with its own home (no history of the user's), plus `extra`.
func executableEnvironment(home: URL, _ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["MUNIPLAN_DATA"] = nil
    environment["NO_COLOR"] = "1"
    environment["XDG_STATE_HOME"] = home.path
    environment["HOME"] = home.path
    environment.merge(extra) { _, new in new }
    return environment
}

/// Runs `muniplan arguments…` with `input` (or `inputBytes`, which need not be UTF-8) piped
/// to its standard input (closed after writing, so it is not a terminal), in `directory`,
/// and waits for it (at most `timeout`).
func muniplan(_ arguments: [String], input: String = "", inputBytes: [UInt8]? = nil, in directory: URL? = nil,
              environment extra: [String: String] = [:], timeout: TimeInterval = 60) throws -> RunResult {
    _ = ignoringBrokenPipes
    let process = Process()
    process.executableURL = try Executable.url()
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
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

/// A temporary folder for files the executable reads, removed by `remove()`.
struct Workspace {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

func withWorkspace<T>(_ body: (Workspace) throws -> T) throws -> T {
    let workspace = try Workspace()
    defer { workspace.remove() }
    return try body(workspace)
}

/// CSV records (header included) through the core's own RFC 4180 reader.
func parseCSV(_ text: String) -> [[String]] {
    guard let table = try? CSVTable(bytes: Array(text.utf8), file: "stdout") else { return [] }
    return [table.header] + table.records.map(\.fields)
}
