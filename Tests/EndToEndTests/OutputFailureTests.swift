import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Output that cannot be written ends the run with a clear status, never a trap: a full
/// disk (/dev/full) with 1 and a message when stderr still takes one; a closed pipe
/// (`| head`) quietly, by SIGPIPE or, with SIGPIPE ignored, with 141. Both once crashed
/// with a `try!` in FileHandle.write (exit 132).
@Suite struct OutputFailureTests {
    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    @Test("stdout to /dev/full: exit 1 and a message on stderr", .enabled(if: hasDevFull),
          arguments: [["-c", "kpi"], ["-c", "help"], ["--version"]])
    func fullStdout(arguments: [String]) throws {
        let child = try SpawnedMuniplan(arguments, stdout: .path("/dev/full"))
        let end = child.wait(timeout: 30)
        #expect(end == .exited(1), "\(end.map(\.description) ?? "no end")\n\(child.stderr)")
        #expect(end?.isCrash == false)
        #expect(child.stderr == "muniplan: cannot write to standard output: No space left on device — stopped\n",
                "\(child.stderr)")
    }

    @Test("stderr to /dev/full: an error that cannot be shown still ends with 1, no trap", .enabled(if: hasDevFull))
    func fullStderr() throws {
        let child = try SpawnedMuniplan(["-c", "show nowhere; kpi"], stderr: .path("/dev/full"))
        let end = child.wait(timeout: 30)
        #expect(end == .exited(1), "\(end.map(\.description) ?? "no end")")
        #expect(!child.stdout.contains("target"), "the run went on after its error")
    }

    @Test("stderr to /dev/full with nothing to say: the run succeeds", .enabled(if: hasDevFull))
    func fullStderrUnused() throws {
        let child = try SpawnedMuniplan(["-c", "kpi"], stderr: .path("/dev/full"))
        let end = child.wait(timeout: 30)
        #expect(end == .exited(0), "\(end.map(\.description) ?? "no end")")
        #expect(child.stdout.contains("target"))
    }

    /// `muniplan -c 'bodies; …' | head -1`: much more output than a pipe holds.
    func closedPipe(pipeSignalIgnored: Bool) throws -> SpawnedMuniplan {
        let output = try TestPipe()
        let child = try SpawnedMuniplan(["-c", Array(repeating: "bodies", count: 300).joined(separator: "; ")],
                                        stdout: .descriptor(output.write), pipeSignalIgnored: pipeSignalIgnored)
        close(output.write)
        // Read the first line, as head -1 does, then go away.
        var byte: UInt8 = 0
        while read(output.read, &byte, 1) == 1, byte != 0x0A {}
        close(output.read)
        return child
    }

    @Test("a closed pipe with SIGPIPE at its default: ended by SIGPIPE, nothing on stderr")
    func closedPipeDefault() throws {
        let child = try closedPipe(pipeSignalIgnored: false)
        let end = child.wait(timeout: 30)
        #expect(end == .signalled(SIGPIPE), "\(end.map(\.description) ?? "no end")\n\(child.stderr)")
        #expect(child.stderr.isEmpty, "\(child.stderr)")
    }

    @Test("a closed pipe with SIGPIPE ignored: exit 141, quietly, no trap")
    func closedPipeIgnored() throws {
        let child = try closedPipe(pipeSignalIgnored: true)
        let end = child.wait(timeout: 30)
        #expect(end == .exited(141), "\(end.map(\.description) ?? "no end")\n\(child.stderr)")
        #expect(child.stderr.isEmpty, "\(child.stderr)")
    }
}
