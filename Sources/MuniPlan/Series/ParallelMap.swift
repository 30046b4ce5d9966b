import Dispatch
import Foundation

/// Independent pieces of work spread over the machine's cores: `body(i)` for every index,
/// each result kept in its own slot, so the answer is the same whichever thread did what.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                 _ body: @Sendable (Int) -> T) -> [T] {
        let workers = min(max(workers, 1), count)
        guard workers > 1 else { return (0..<count).map(body) }
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            // Worker w takes w, w + workers, …: neighbouring bodies cost alike, so the shares even out.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var i = worker
                while i < count {
                    slots.buffer[i] = body(i)
                    i += workers
                }
            }
        }
        return slots.compactMap { $0 }
    }

    /// The results' slots, shared by the workers: each writes only its own indexes.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
    }
}
