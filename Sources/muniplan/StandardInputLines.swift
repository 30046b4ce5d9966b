@preconcurrency import Glibc
import CInterrupt
import MuniPlan

/// Lines of standard input, read with read(2) as they come (so output streams), for
/// `… | muniplan` and `muniplan < FILE`.
///
/// Not Swift's readLine: after Ctrl-C it spins in getdelim for ever. Here Ctrl-C while
/// waiting for input ends the lines and says so, and bytes that are not UTF-8 end them with
/// a located reason instead of becoming U+FFFD. A UTF-8 byte order mark at the start is
/// skipped and CRLF line ends are accepted, as in files. A line longer than
/// `InputLimits.standardInputLine` ends them too: the buffer never holds much more.
final class StandardInputLines: Sequence, IteratorProtocol {
    enum Stop: Equatable {
        /// Ctrl-C while waiting for the next line.
        case interrupted
        /// The line is not UTF-8 text; `detail` says where in it.
        case notText(line: Int, detail: InvalidByte)
        /// The line has more bytes than `InputLimits.standardInputLine` before its line feed.
        case tooLong(line: Int)
        /// read(2) failed with this errno.
        case readFailed(Int32)
    }

    /// Why the lines ended before the end of the input, if they did.
    private(set) var stop: Stop?
    /// Lines handed out so far.
    private(set) var count = 0

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts, and how far it is known to hold no LF
    /// (so a long line is scanned once, not once per read).
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private var atFirstLine = true
    static let chunk = 65_536
    static let lineLimit = InputLimits.standardInputLine
    /// How long one wait for input lasts before the Ctrl-C flag is looked at again (ms).
    static let waitSlice: Int32 = 200

    init(descriptor: Int32 = STDIN_FILENO) { self.descriptor = descriptor }

    func next() -> String? {
        guard stop == nil else { return nil }
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) { return text(take(upTo: newline, lineEnd: true)) }
            scanned = buffer.count
            // Without a limit one line could fill memory: `yes | tr -d '\n' | muniplan`.
            if buffer.count - start > Self.lineLimit {
                stop = .tooLong(line: count + 1)
                return nil
            }
            if atEnd { return start < buffer.count ? text(take(upTo: buffer.count, lineEnd: false)) : nil }
            fill()
            if stop != nil { return nil }
        }
    }

    /// Waits for bytes, then one read(2) into the buffer: more bytes, the end, or a stop.
    private func fill() {
        // Whoever sends the input may wait for what came of the lines before.
        Terminal.flush()
        guard waitForBytes() else { return }
        if start > 0, start * 2 >= buffer.count {
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
        }
        let old = buffer.count
        buffer += repeatElement(0, count: Self.chunk)
        let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, Self.chunk) }
        let code = errno
        buffer.removeLast(Self.chunk - Swift.max(got, 0))
        if got == 0 { atEnd = true }
        // EINTR, or EAGAIN from a descriptor inherited in non-blocking mode: wait again.
        if got < 0, code != EINTR, code != EAGAIN { stop = .readFailed(code) }
    }

    /// Waits in slices until the input can be read, checking the Ctrl-C flag before each: the
    /// SIGINT handler may run on another thread, or just before a wait began, and neither
    /// must leave muniplan waiting for input after Ctrl-C. False when it stopped.
    private func waitForBytes() -> Bool {
        while true {
            if muniplan_interrupted() != 0 {
                stop = .interrupted
                return false
            }
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let found = poll(&ready, 1, Self.waitSlice)
            // Readable, at its end, or in error: read(2) says which.
            if found > 0 { return true }
            if found < 0, errno != EINTR {
                stop = .readFailed(errno)
                return false
            }
        }
    }

    /// The line from `start` to `end`: without the byte order mark on the first line and
    /// without the CR of a CRLF; `start` moves past it and its LF.
    private func take(upTo end: Int, lineEnd: Bool) -> ArraySlice<UInt8> {
        var line = buffer[start..<end]
        if atFirstLine, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        atFirstLine = false
        if lineEnd, line.last == 0x0D { line = line.dropLast() }
        start = lineEnd ? end + 1 : end
        scanned = start
        return line
    }

    private func text(_ bytes: ArraySlice<UInt8>) -> String? {
        count += 1
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        stop = .notText(line: count, detail: Self.firstInvalidByte(in: bytes))
        return nil
    }

    /// Where decoding first fails: a byte (`byte 0x82 at byte 7`) or the end of the line.
    enum InvalidByte: Equatable {
        case atEnd
        /// The byte and its 1-based offset in the line.
        case byte(UInt8, offset: Int)

        var message: Message {
            switch self {
            case .atEnd: Message.Terminal.notUtf8AtEnd
            case let .byte(byte, offset): Message.Terminal.notUtf8Byte(hex: String(byte, radix: 16, uppercase: true), offset: offset)
            }
        }
    }

    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> InvalidByte {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): offset += UTF8.width(scalar)
            case .emptyInput: return .atEnd
            case .error: return .byte(bytes[bytes.startIndex + offset], offset: offset + 1)
            }
        }
    }
}
