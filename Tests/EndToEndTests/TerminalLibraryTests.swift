import Foundation
import TestSupport
import Testing

/// readline is opened by the prompt's first line, not at start-up (LibraryLoadingTests holds
/// that other runs never map it): in a terminal the loader's trace shows it opened, and the
/// prompt's editing works through it (TerminalTests: Tab, Ctrl-C, history).
@Suite(.serialized) struct TerminalLibraryTests {
    @Test("the prompt in a terminal opens libreadline",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func promptOpensReadline() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        // LD_DEBUG_OUTPUT writes the trace to trace.PID rather than over the screen.
        let trace = folder.url.appendingPathComponent("trace").path
        try session.start(environment: "LD_DEBUG=files LD_DEBUG_OUTPUT='\(trace)'")
        try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare }
        try session.type("districts")
        try session.keys("Enter")
        try session.waitFor("the districts table") { $0.contains("南会津地方振興局") }
        let traces = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("trace.") }
        let text = try traces.map { try String(contentsOfFile: folder.url.appendingPathComponent($0).path, encoding: .utf8) }.joined()
        #expect(text.contains("libreadline.so"), "the loader's trace: \(text.prefix(600))")
    }
}
