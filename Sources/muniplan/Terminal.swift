@preconcurrency import Glibc
import Foundation
import MuniPlan

/// Writing to the terminal or pipes. Standard error is written whole per call (write(2));
/// standard output too on a terminal, else held in blocks (`StandardOutput`) and written
/// before each line of standard error, so the two interleave in order.
///
/// Text from commands is content: every control character and bidirectional override in it
/// is escaped (`VisibleText`) but the line breaks that end its lines, so nothing echoed
/// from input acts on the terminal. Only `out(rendered:)` passes text as it is, for
/// the shell's renderer, which escapes content itself before adding colour.
///
/// Output that cannot be written ends the process (there is no one left to tell):
/// a closed pipe (`| head`) quietly with 141, as if SIGPIPE had ended it (which it does
/// when SIGPIPE is not ignored); any other failure with 1 and a message on stderr if stderr
/// still takes it.
enum Terminal {
    static func out(_ text: String) { out(rendered: VisibleText.escaping(text, keeping: lineBreak)) }

    static func err(_ text: String) { err(rendered: VisibleText.escaping(text, keeping: lineBreak)) }

    /// An error at the prompt: red where colour is on for standard error (a terminal, no
    /// NO_COLOR, not TERM=dumb); the text is escaped first, so only our codes reach it.
    static func error(_ text: String) {
        let safe = VisibleText.escaping(text, keeping: lineBreak)
        err(rendered: errorColor ? "\u{1B}[31m\(safe)\u{1B}[0m" : safe)
    }

    static var errorColor: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && !isDumb
    }

    /// Messages and text outputs are lines; nothing of ours in them holds a tab.
    private static let lineBreak: Set<Unicode.Scalar> = ["\n"]

    /// Text already safe for a terminal (`OutputRenderer`'s), with its own colour codes.
    static func out(rendered text: String) { StandardOutput.line(text) { write($0, to: STDOUT_FILENO) } }

    /// The prompt, with no line break: the answer is typed after it.
    static func prompt(_ text: String) {
        flush()
        write(Array(VisibleText.escaping(text, keeping: lineBreak).utf8), to: STDOUT_FILENO)
    }

    private static func err(rendered text: String) {
        flush()
        write(Array((text + "\n").utf8), to: STDERR_FILENO)
    }

    /// Writes what standard output holds.
    static func flush() { StandardOutput.flush { write($0, to: STDOUT_FILENO) } }

    /// At exit (from `atexit`): a write that fails ends the process at once, as exit cannot
    /// be called again.
    static func flushAtExit() {
        StandardOutput.flush { write($0, to: STDOUT_FILENO, exit: { Glibc._exit($0) }) }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32,
                              exit: (Int32) -> Never = { Glibc.exit($0) }) {
        switch DescriptorWriter.write(bytes, to: descriptor) {
        case nil, .interrupted?: return
        case .closed?: exit(ExitStatus.outputClosed.rawValue)
        case let .failed(code)?:
            if descriptor != STDERR_FILENO {
                let reason = String(cString: strerror(code))
                _ = DescriptorWriter.write((Message.Executable.cannotWriteOutput(reason: reason).text(in: language) + "\n").utf8, to: STDERR_FILENO)
            }
            exit(ExitStatus.failed.rawValue)
        }
    }

    /// The session's language as of its last output, for the one sentence written here.
    nonisolated(unsafe) static var language = Language.english

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// TERM=dumb (Emacs M-x shell): a terminal that cannot take readline's redrawing.
    static var isDumb: Bool { ProcessInfo.processInfo.environment["TERM"] == "dumb" }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, and never when NO_COLOR is set.
    static var useColor: Bool {
        let env = ProcessInfo.processInfo.environment
        return stdoutIsTerminal && env["NO_COLOR"] == nil && !isDumb
    }
}

/// Exit statuses (README's list).
enum ExitStatus: Int32 {
    case ok = 0, failed = 1, usage = 2, data = 3
    /// Ctrl-C: the status a shell shows for a process ended by SIGINT (128 + 2).
    case interrupted = 130
    /// The output was closed (`| head`): the status a shell shows for SIGPIPE (128 + 13).
    case outputClosed = 141
}
