@preconcurrency import Glibc
import Foundation

/// Writing to the terminal or pipes. Output is flushed per call so stdout and stderr
/// interleave in order.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var stdinIsTerminal: Bool {
        isatty(STDIN_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, and never when NO_COLOR is set.
    static var useColor: Bool {
        let env = ProcessInfo.processInfo.environment
        return stdoutIsTerminal && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }
}

/// Exit statuses (design.md).
enum ExitStatus: Int32 {
    case ok = 0, failed = 1, usage = 2, data = 3
}
