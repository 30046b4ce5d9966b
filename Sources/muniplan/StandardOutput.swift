@preconcurrency import Glibc
import MuniPlan

/// What goes to standard output when it is a file or a pipe and no one types at a prompt:
/// held and written in blocks, not one write(2) a line (a script of many short lines spent
/// more on the writes than on some of its commands). On a terminal, and at the prompt,
/// every line is written as it comes.
///
/// Held output is written before anything goes to standard error (so `2>&1` reads in
/// order), before waiting for input, before a command that is not quick
/// (`ShellCommand.isQuick`), once it has waited 50 ms or grown to 64 KiB, and at exit.
/// Only the main thread writes here.
enum StandardOutput {
    nonisolated(unsafe) private static var held: [UInt8] = []
    nonisolated(unsafe) private static var heldSince: timespec?
    nonisolated(unsafe) static var buffering = false
    private static let limit = 64 * 1024
    private static let wait = 50_000_000

    /// Appends `text` and a line break, or writes them at once when not buffering.
    static func line(_ text: String, write: ([UInt8]) -> Void) {
        guard buffering else {
            var bytes = Array(text.utf8)
            bytes.append(0x0A)
            return write(bytes)
        }
        if held.isEmpty {
            held.reserveCapacity(limit + 4096)
            heldSince = now()
        }
        held.appendUTF8(text)
        held.append(0x0A)
        if held.count >= limit || waited() { flush(write: write) }
    }

    /// Writes what is held.
    static func flush(write: ([UInt8]) -> Void) {
        guard !held.isEmpty else { return }
        // Emptied first: a failed write exits, and exiting flushes again.
        let bytes = held
        held.removeAll(keepingCapacity: true)
        heldSince = nil
        write(bytes)
    }

    private static func now() -> timespec {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time
    }

    private static func waited() -> Bool {
        guard let since = heldSince else { return false }
        let time = now()
        return (time.tv_sec - since.tv_sec) * 1_000_000_000 + (time.tv_nsec - since.tv_nsec) >= wait
    }
}
