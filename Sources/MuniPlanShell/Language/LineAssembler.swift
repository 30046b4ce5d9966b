import MuniPlan

/// Joins physical lines ending in `\` into logical lines, remembering where each starts.
/// Linear in the input: each physical line is scanned once, the quote and comment state
/// carried over from the lines before it (a saved plan can hold thousands of them).
/// A logical line longer than `limit` bytes is not kept: its lines are scanned to find
/// where it ends, and then it is refused (`TooLong`), so a hostile file cannot make one
/// line of unbounded size.
public struct LineAssembler {
    /// A logical line over the limit, refused whole; lines after it are read as usual.
    public struct TooLong: Error, Sendable, Equatable, CustomStringConvertible {
        /// Where the logical line starts.
        public let line: Int
        public let limit: Int
        public var message: Message { Message.Shell.commandLineTooLong(limit: InputLimits.size(limit)) }
        public var description: String { message.description }
    }

    public private(set) var pending: String? = nil
    private var startLine = 0
    private var scan = CommentScan()
    private let limit: Int
    /// Bytes of the logical line so far; once over `limit`, `pending` is dropped.
    private var length = 0
    private var tooLong = false

    public init(limit: Int = InputLimits.commandLine) { self.limit = limit }

    /// Whether the next physical line continues a logical line (kept or refused).
    public var continuing: Bool { pending != nil || tooLong }

    /// Feeds one physical line; returns a complete logical line and its first line number,
    /// or throws when that line is too long.
    public mutating func feed(_ line: String, number: Int) throws(TooLong) -> (text: String, line: Int)? {
        var text = line
        // CR is a Character of its own unless LF follows it, so a last CR byte is the last Character.
        if text.utf8.last == 0x0D { text.removeLast() }
        if !continuing {
            startLine = number
            scan = CommentScan()
            length = 0
        }
        var continues = false
        if Self.endsWithContinuation(text) {
            text.removeLast()
            var next = scan
            next.feed(text)
            // A backslash that ends a comment is part of the comment, not a continuation.
            if next.inComment {
                text.append("\\")
            } else {
                scan = next
                continues = true
            }
        }
        length += text.utf8.count
        if length > limit {
            tooLong = true
            pending = nil
        }
        if continues {
            if !tooLong {
                if pending == nil { pending = text } else { pending!.append(text) }
            }
            return nil
        }
        if tooLong {
            tooLong = false
            throw TooLong(line: startLine, limit: limit)
        }
        guard var joined = pending else { return (text, startLine) }
        pending = nil
        joined.append(text)
        return (joined, startLine)
    }

    /// What is left when the input ends in a continuation.
    public mutating func finish() throws(TooLong) -> (text: String, line: Int)? {
        if tooLong {
            tooLong = false
            throw TooLong(line: startLine, limit: limit)
        }
        guard let p = pending else { return nil }
        pending = nil
        return (p, startLine)
    }

    /// Whether the text ends inside a `#` comment (as the lexer reads quotes and escapes).
    static func endsInComment(_ s: String) -> Bool {
        var scan = CommentScan()
        scan.feed(s)
        return scan.inComment
    }

    /// An odd number of trailing backslashes continues the line (`\\` is a literal backslash).
    static func endsWithContinuation(_ s: String) -> Bool {
        // A last byte that is no backslash ends no Character that is one (most lines).
        guard s.utf8.last == UInt8(ascii: "\\") else { return false }
        var count = 0
        for c in s.reversed() {
            if c == "\\" { count += 1 } else { break }
        }
        return count % 2 == 1
    }
}

/// Where a left-to-right scan of a line stands: inside which quote, at the start of a
/// word, after an escaping backslash, inside a comment.
struct CommentScan {
    private var quote: Character? = nil
    private var wordStart = true
    private var skipNext = false
    private(set) var inComment = false

    mutating func feed(_ s: String) {
        for c in s {
            if inComment { return }
            if skipNext {
                skipNext = false
                wordStart = false
                continue
            }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\", q == "\"" { skipNext = true }
                wordStart = false
                continue
            }
            switch c {
            case " ", "\t", "\u{3000}", ";": wordStart = true; continue
            case "#" where wordStart: inComment = true; return
            case "\\": skipNext = true
            case "'", "\"": quote = c
            default: break
            }
            wordStart = false
        }
    }
}
