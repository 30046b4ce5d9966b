/// One problem in a data file, located: `bodies.csv:12: wrong check digit in code 073645`.
public struct DataIssue: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { located(as: file) }

    /// `FILE:LINE: message` on one line, with the file shown as `shownFile` (the path the
    /// user gave). A problem with the whole file (line 0) is `FILE: message`; line breaks
    /// inside the message (a quoted field that held one) are shown as `\n`.
    public func located(as shownFile: String) -> String {
        var text = line > 0 ? "\(shownFile):\(line): " : "\(shownFile): "
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

/// Data that could not be loaded: every problem found, not only the first.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public let issues: [DataIssue]

    public init(_ issues: [DataIssue]) { self.issues = issues }

    public init(file: String, line: Int, _ message: String) {
        self.issues = [DataIssue(file: file, line: line, message: message)]
    }

    /// One line: the first problem, and how many more there are (`issues` has them all).
    public var description: String {
        guard let first = issues.first else { return "data could not be loaded" }
        return first.description + (issues.count > 1 ? " (and \(issues.count - 1) more)" : "")
    }
}
