/// One problem in a data file, located: `bodies.csv:12: wrong check digit in code 073645`.
/// The location stays ASCII in every language; only `what` is translated.
public struct DataIssue: Sendable, Hashable, CustomStringConvertible, MessageArgument {
    public let file: String
    public let line: Int
    public let what: Message

    public init(file: String, line: Int, _ what: Message) {
        self.file = file
        self.line = line
        self.what = what
    }

    /// A problem worded elsewhere (a library's own message), shown as given in both languages.
    public init(file: String, line: Int, message: String) {
        self.init(file: file, line: line, Message.Data.asGiven(text: message))
    }

    /// What is wrong, in English.
    public var message: String { what.description }

    public var description: String { located(as: file) }

    public func text(in language: Language) -> String { located(as: file, in: language) }

    /// `FILE:LINE: message` on one line, with the file shown as `shownFile` (the path the
    /// user gave). A problem with the whole file (line 0) is `FILE: message`; line breaks
    /// inside the message (a quoted field that held one) are shown as `\n`.
    public func located(as shownFile: String, in language: Language = .english) -> String {
        var text = line > 0 ? "\(shownFile):\(line): " : "\(shownFile): "
        for scalar in what.text(in: language).unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    public static func == (a: DataIssue, b: DataIssue) -> Bool {
        a.file == b.file && a.line == b.line && a.what.key == b.what.key && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(message)
    }
}

/// Data that could not be loaded: every problem found, not only the first.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public let issues: [DataIssue]

    public init(_ issues: [DataIssue]) { self.issues = issues }

    public init(file: String, line: Int, _ what: Message) {
        self.issues = [DataIssue(file: file, line: line, what)]
    }

    /// One line: the first problem, and how many more there are (`issues` has them all).
    public var message: Message {
        guard let first = issues.first else { return Message.Data.notLoaded }
        return issues.count > 1 ? Message.Data.issueAndMore(issue: first, count: issues.count - 1) : Message.Data.issue(issue: first)
    }

    public var description: String { message.description }
}
