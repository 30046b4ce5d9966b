import Foundation
import MuniPlan

/// Splits a logical line into commands (separated by `;`) and each command into words,
/// the way a shell would: single and double quotes, backslash escapes, `#` comments.
/// Continuation lines (a trailing `\`) are joined by `LineAssembler` before lexing.
public struct Lexer {
    /// A word and the column (1-based, in Characters) it starts at.
    public struct Word: Sendable, Equatable {
        public let text: String
        public let column: Int
        /// True when any part was quoted: a quoted `--word` is a value, not an option. (Body
        /// arguments do not see it: `'all'` is the selector, as `Selection` reads terms.)
        public let quoted: Bool
    }

    /// The words of one command on the line.
    public struct Segment: Sendable, Equatable {
        public let words: [Word]
        public let column: Int
    }

    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public enum Problem: Sendable, Equatable {
            case backslashAtEnd, unclosedQuote
        }

        public let column: Int
        public let problem: Problem

        /// What is wrong, in either language.
        public var message: Message {
            switch problem {
            case .backslashAtEnd: Message.Shell.backslashAtEnd
            case .unclosedQuote: Message.Shell.unclosedQuote
            }
        }

        public var description: String { "column \(column): \(message)" }
    }

    /// Lexes a line into `;`-separated segments; empty segments are dropped.
    public static func segments(_ line: String) throws(Failure) -> [Segment] {
        if let plain = PlainWords.segments(line) { return plain }
        return try lexed(line)
    }

    /// `segments` Character by Character, for any line.
    static func lexed(_ line: String) throws(Failure) -> [Segment] {
        var segments: [Segment] = []
        var words: [Word] = []
        var current = ""
        var inWord = false
        var quoted = false
        var wordColumn = 1
        var segmentColumn = 1
        var quote: Character? = nil
        var quoteColumn = 0
        var column = 0
        var chars = Array(line)
        if chars.last == "\r" { chars.removeLast() }
        var i = 0
        func endWord() {
            if inWord { words.append(Word(text: current, column: wordColumn, quoted: quoted)) }
            current = ""
            inWord = false
            quoted = false
        }
        while i < chars.count {
            let c = chars[i]
            column = i + 1
            if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\", q == "\"", i + 1 < chars.count, "\"\\$`".contains(chars[i + 1]) {
                    current.append(chars[i + 1])
                    i += 1
                } else {
                    current.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case " ", "\t", "\u{3000}":
                endWord()
            case ";":
                endWord()
                if !words.isEmpty { segments.append(Segment(words: words, column: segmentColumn)) }
                words = []
                segmentColumn = column + 1
            case "#" where !inWord:
                endWord()
                i = chars.count
                continue
            case "'", "\"":
                if !inWord { inWord = true; wordColumn = column }
                quoted = true
                quote = c
                quoteColumn = column
            case "\\":
                guard i + 1 < chars.count else { throw Failure(column: column, problem: .backslashAtEnd) }
                if !inWord { inWord = true; wordColumn = column }
                // An escaped `>` is a word, as a quoted one is, not a redirection.
                if chars[i + 1] == ">" { quoted = true }
                // As in a POSIX shell: the next character, literally.
                current.append(chars[i + 1])
                i += 1
            default:
                if !inWord { inWord = true; wordColumn = column }
                current.append(c)
            }
            i += 1
        }
        if quote != nil { throw Failure(column: quoteColumn, problem: .unclosedQuote) }
        endWord()
        if !words.isEmpty { segments.append(Segment(words: words, column: segmentColumn)) }
        return segments
    }

    /// Quotes a word so that lexing gives it back unchanged (used by `save`).
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, !mayNeedQuotes(word) { return word }
        let plain = !word.isEmpty && word.allSatisfy { !" \t\u{3000};#'\"\\".contains($0) && !$0.isNewline }
        if plain { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\"'\"'") + "'"
    }

    /// Whether `word` holds a scalar `quote` quotes for (space, tab, U+3000, `;#'"\\`, line
    /// ends, U+0085, U+2028, U+2029), found by bytes (UTF-8 never holds one scalar's bytes
    /// inside another's) rather than Character by Character. A word with none is plain; one
    /// with any is looked at by Characters, since a combining mark can make `'` part of
    /// another Character.
    private static func mayNeedQuotes(_ word: String) -> Bool {
        var before1: UInt8 = 0, before2: UInt8 = 0
        for byte in word.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20, 0x22, 0x23, 0x27, 0x3B, 0x5C: return true
            case 0x85 where before1 == 0xC2: return true
            case 0xA8 where before2 == 0xE2 && before1 == 0x80, 0xA9 where before2 == 0xE2 && before1 == 0x80: return true
            case 0x80 where before2 == 0xE3 && before1 == 0x80: return true
            default: break
            }
            before2 = before1
            before1 = byte
        }
        return false
    }
}

