import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// AppendingFile (`COMMAND >> FILE`) into a FIFO: more than a pipe holds goes in whole.
@Suite("Export appending to a FIFO")
struct ExportAppendingFileTests {
    @Test("`>> fifo` with more than the pipe's 64 KiB waits for the reader instead of failing with EAGAIN")
    func largeAppendToAFIFO() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/pipe"
            #expect(mkfifo(path, 0o600) == 0)
            // The reader opens first (non-blocking, so the open returns), then reads to the end.
            let reader = open(path, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) & ~O_NONBLOCK)
            let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
            let done = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var received = 0
            Thread.detachNewThread {
                var buffer = [UInt8](repeating: 0, count: 4096)
                // A read before the writer has opened returns 0 (no writer yet), so 0 is not
                // the end: read until everything came, or give up after 30 s.
                let deadline = Date().addingTimeInterval(30)
                while received < bytes.count, Date() < deadline {
                    Thread.sleep(forTimeInterval: 0.001) // slower than the writer: the pipe fills
                    let n = read(reader, &buffer, buffer.count)
                    if n < 0 { break }
                    received += n
                }
                done.signal()
            }
            try AppendingFile.append(bytes, to: try FileLocation.resolve(path, relativeTo: nil))
            done.wait()
            _ = close(reader)
            #expect(received == bytes.count)
        }
    }
}
