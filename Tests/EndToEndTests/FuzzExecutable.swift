import Foundation
import FuzzSupport
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One run of the built executable in a fuzz sandbox, judged: how it ended (a crash is any
/// signal or a status of 128 or more: this test sends no signal and closes no pipe, so not
/// even 130 or 141 is expected), whether it ended within the timeout, what it printed
/// against the message contract, and what it touched outside the working directory.
struct FuzzOutcome {
    /// nil: still running at the timeout (then killed).
    let end: SpawnedMuniplan.End?
    /// Messages off the contract, secrets shown, raw controls.
    let messages: [String]
    /// Files created, changed or removed outside the allowed folders.
    let escapes: [String]
    let stderr: String

    var isHang: Bool { end == nil }

    var isCrash: Bool {
        switch end {
        case .signalled?: true
        case let .exited(status)?: status >= 128
        case nil: false
        }
    }

    /// Exit statuses README lists for a script: 0, 1 (a command or expect failed), 3 (data).
    var unexpectedStatus: Int32? {
        if case let .exited(status)? = end, ![0, 1, 3].contains(status), status < 128 { return status }
        return nil
    }

    /// Where it crashed: the first frame of the backtrace in our sources (or the dependency's
    /// assertion), as `File.swift:LINE`.
    var crashSite: String? {
        for line in stderr.split(separator: "\n") {
            for marker in ["/Sources/", "/.build/checkouts/"] {
                guard let range = line.range(of: marker) else { continue }
                let path = line[range.upperBound...].prefix { !$0.isWhitespace }
                let parts = path.split(separator: ":")
                if parts.count >= 2, let file = parts.first?.split(separator: "/").last { return "\(file):\(parts[1])" }
            }
        }
        return nil
    }

    /// The first lines of standard error (a crash's message and top frames).
    var stderrHead: String { stderr.split(separator: "\n").prefix(12).joined(separator: "\n") }
}

enum FuzzExecutable {
    /// A batch takes well under a second on an idle machine.
    static let timeout: TimeInterval = 10
    /// What a run past `timeout` gets once more before it counts as a hang: the machine is
    /// shared, and a run that ends given time is slow, not hung.
    static let hangTimeout: TimeInterval = 120

    /// Runs `muniplan ARGUMENTS` in `sandbox.work` with HOME in the sandbox and standard
    /// input from `stdinFile` (else /dev/null); checks `contract` and the sandbox around.
    static func run(_ arguments: [String], in sandbox: FuzzSandbox, contract: MessageContract, stdinFile: String? = nil,
                    allowing: Bool = false, timeout: TimeInterval = timeout) throws -> FuzzOutcome {
        let watched = sandbox.watched(allowing: allowing)
        let folders = EscapeProbe.folders(besides: sandbox)
        let probe = EscapeProbe(folders)
        var input: Int32?
        if let stdinFile {
            input = open(stdinFile, O_RDONLY | O_CLOEXEC)
            guard input! >= 0 else { throw SpawnedMuniplan.SpawnError(code: errno) }
        }
        defer { if let input { close(input) } }
        let child = try SpawnedMuniplan(arguments, stdin: input, directory: sandbox.work,
                                        environment: ["HOME": sandbox.home, "XDG_STATE_HOME": sandbox.home, "LANG": "C.UTF-8"])
        let end = child.wait(timeout: timeout, recording: false)
        let stdout = child.stdoutBytes, stderr = child.stderrBytes
        let escapes = sandbox.watched(allowing: allowing).changes(since: watched).map { "outside the working directory: " + $0 }
            + EscapeProbe(folders).appeared(since: probe)
        return FuzzOutcome(end: end, messages: contract.violations(stdout: stdout, stderr: stderr), escapes: escapes,
                           stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Saves a finding (the input and what it gave) in FuzzScale.findingsDirectory, for the
    /// corpus; returns its path.
    @discardableResult
    static func save(_ name: String, input: [UInt8], report: String) -> String {
        let path = FuzzScale.findingsDirectory + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? Data(input).write(to: URL(fileURLWithPath: path))
        try? Data(report.utf8).write(to: URL(fileURLWithPath: path + ".txt"))
        return path
    }
}

/// What a fuzz test ran and found, for its summary line and its issues.
struct FuzzTally: CustomStringConvertible {
    var runs = 0
    var inputs = 0
    var crashes = 0
    var knownCrashes: [String: Int] = [:]
    var hangs = 0
    /// Runs past FuzzExecutable.timeout that ended within hangTimeout.
    var slow = 0
    var escapes = 0
    var messages = 0
    var statuses: [Int32: Int] = [:]

    var knownMessages: [String: Int] = [:]

    /// Counts a run that ended: its exit status, its escapes and messages off the contract
    /// (an issue for each run that has any; known ones as known issues, counted apart).
    mutating func record(_ outcome: FuzzOutcome, label: String, save: () -> String) {
        if case let .exited(status)? = outcome.end { statuses[status, default: 0] += 1 }
        if let status = outcome.unexpectedStatus { Issue.record("\(label): exit \(status)\n\(outcome.stderrHead)") }
        var unknown: [String] = []
        for problem in outcome.messages {
            if let reason = PendingFix.reason(forMessage: problem) { knownMessages[reason, default: 0] += 1 } else { unknown.append(problem) }
        }
        escapes += outcome.escapes.count
        messages += unknown.count
        let known = outcome.messages.count - unknown.count
        guard !outcome.escapes.isEmpty || !outcome.messages.isEmpty else { return }
        let saved = save()
        if !outcome.escapes.isEmpty || !unknown.isEmpty {
            Issue.record(Comment(rawValue: "\(label), saved as \(saved):\n" + (outcome.escapes + unknown.prefix(5)).joined(separator: "\n")))
        }
        if known > 0 {
            let shown = outcome.messages.filter { PendingFix.reason(forMessage: $0) != nil }.prefix(2).joined(separator: "\n")
            withKnownIssue(Comment(rawValue: "pending elsewhere"), isIntermittent: true) { Issue.record(Comment(rawValue: "\(label): \(shown)")) }
        }
    }

    /// Counts a crash or a hang and records it: a crash at a PendingFix site as a known issue.
    mutating func recordFailure(_ outcome: FuzzOutcome, label: String, reproducer: String, saved: String) {
        let what = outcome.isHang ? "no end within its timeout"
            : "crashed (\(outcome.end.map(String.init(describing:)) ?? "")) at \(outcome.crashSite ?? "an unknown site")"
        let message = "\(label): \(what); reproducer in \(saved):\n\(reproducer)\n\(outcome.stderrHead)"
        if !outcome.isHang, let reason = PendingFix.reason(forCrashAt: outcome.crashSite) {
            knownCrashes[reason, default: 0] += 1
            withKnownIssue(Comment(rawValue: reason), isIntermittent: true) { Issue.record(Comment(rawValue: message)) }
        } else {
            if outcome.isHang { hangs += 1 } else { crashes += 1 }
            Issue.record(Comment(rawValue: message))
        }
    }

    var description: String {
        let known = knownCrashes.isEmpty ? "" : "; known, pending elsewhere: "
            + knownCrashes.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
        let knownText = knownMessages.isEmpty ? "" : "; known messages, pending elsewhere: "
            + knownMessages.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
        let ends = statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return "\(runs) runs: \(crashes) crashes, \(hangs) hangs (\(slow) slow runs that ended when given \(Int(FuzzExecutable.hangTimeout)) s), \(escapes) escapes, \(messages) messages off contract\(known)\(knownText) (exit statuses \(ends))"
    }
}
