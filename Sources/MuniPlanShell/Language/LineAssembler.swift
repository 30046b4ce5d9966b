/// Joins physical lines ending in `\` into logical lines, remembering where each starts.
/// Linear in the input: each physical line is scanned once, the quote and comment state
/// carried over from the lines before it (a saved plan can hold thousands of them).
public struct LineAssembler {
    public private(set) var pending: String? = nil
    private var startLine = 0
    private var scan = CommentScan()

    public init() {}

    /// Feeds one physical line; returns a complete logical line and its first line number.
    public mutating func feed(_ line: String, number: Int) -> (text: String, line: Int)? {
        var text = line
        if text.hasSuffix("\r") { text.removeLast() }
        if pending == nil {
            startLine = number
            scan = CommentScan()
        }
        if Self.endsWithContinuation(text) {
            text.removeLast()
            var next = scan
            next.feed(text)
            // A backslash that ends a comment is part of the comment, not a continuation.
            if !next.inComment {
                scan = next
                if pending == nil { pending = text } else { pending!.append(text) }
                return nil
            }
            text.append("\\")
        }
        guard var joined = pending else { return (text, startLine) }
        pending = nil
        joined.append(text)
        return (joined, startLine)
    }

    /// What is left when the input ends in a continuation.
    public mutating func finish() -> (text: String, line: Int)? {
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
