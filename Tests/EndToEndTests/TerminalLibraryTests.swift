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

    /// A C compiler for the shim below: the Swift toolchain's clang, or the system's.
    static let compiler: String? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .flatMap { ["\($0)/clang", "\($0)/cc"] }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("without libreadline the prompt says so in the session's language and reads lines plainly",
          .enabled(if: TerminalTests.tmuxPath != nil && compiler != nil, "needs tmux and a C compiler (.ci/run installs tmux; Swift brings clang)"))
    func withoutReadline() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // An LD_PRELOAD shim whose dlopen refuses libreadline, as on a machine without it.
        let source = folder.url.appendingPathComponent("noreadline.c"), shim = folder.url.appendingPathComponent("noreadline.so")
        try Data(#"""
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <string.h>
        void *dlopen(const char *name, int flags) {
            void *(*real)(const char *, int) = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
            return name && strstr(name, "libreadline") ? NULL : real(name, flags);
        }
        """#.utf8).write(to: source)
        let build = Process()
        build.executableURL = URL(fileURLWithPath: try #require(Self.compiler))
        build.arguments = ["-shared", "-fPIC", "-o", shim.path, source.path, "-ldl"]
        try build.run()
        build.waitUntilExit()
        try #require(build.terminationStatus == 0)
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(lang: "ja_JP.UTF-8", environment: "LD_PRELOAD='\(shim.path)'", arguments: "--no-pager")
        try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare }
        try session.type("fy R5")
        try session.keys("Enter")
        try session.waitFor("the year changed") { $0.contains("令和5年度を編集中") }
        let screen = try session.screen()
        #expect(screen.contains("libreadline を開けないため、行編集は使えません"), "\(screen)")
    }
}
