@preconcurrency import Glibc
import Foundation
import MuniPlan
import Synchronization

/// `simulate`'s progress bar on stderr: drawn only when stderr is a terminal and the run has
/// taken more than half a second, and wiped when it ends (also on Ctrl-C).
final class ProgressBar: Sendable {
    private struct State {
        var start: ContinuousClock.Instant?
        var drawn = false
        var lastPercent = -1
    }

    private let state = Mutex(State())
    /// The language muniplan started in (the bar is drawn from worker threads, which must
    /// not read the session; `lang` at the prompt does not reach it).
    private let language: Language
    static let delay = Duration.milliseconds(500)
    static let width = 30

    private init(language: Language) { self.language = language }

    /// A handler for the interpreter, or nil when stderr is not a terminal.
    static func handler(language: Language) -> (@Sendable (SimulationProgress) -> Void)? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        let bar = ProgressBar(language: language)
        return { bar.update($0) }
    }

    func update(_ progress: SimulationProgress) {
        state.withLock { state in
            let now = ContinuousClock.now
            if progress.finished {
                if state.drawn { Self.write("\r\u{1B}[K") }
                state = State()
                return
            }
            if progress.completedRuns == 0 || state.start == nil {
                state = State(start: now)
                return
            }
            guard let start = state.start, now - start > Self.delay else { return }
            // Clamped: a bar wider than its width would be a negative repeat count (a trap).
            let fraction = min(max(progress.fraction, 0), 1)
            let percent = Int(saturating: fraction * 100)
            guard percent != state.lastPercent else { return }
            let filled = Int(saturating: fraction * Double(Self.width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.width - filled)
            let line = Message.Terminal.progress(bar: bar, percent: percent, done: Table.Cell.integer(progress.completedRuns).display,
                                                 total: Table.Cell.integer(progress.totalRuns).display)
            Self.write("\r" + line.text(in: language) + "\u{1B}[K")
            state.drawn = true
            state.lastPercent = percent
        }
    }

    /// The bar is a courtesy: a failed write is let go (the next message meets it too).
    private static func write(_ text: String) {
        _ = DescriptorWriter.write(text.utf8, to: STDERR_FILENO)
    }
}
