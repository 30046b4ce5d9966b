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

    public var description: String { "\(file):\(line): \(message)" }
}

/// Data that could not be loaded: every problem found, not only the first.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public let issues: [DataIssue]

    public init(_ issues: [DataIssue]) { self.issues = issues }

    public init(file: String, line: Int, _ message: String) {
        self.issues = [DataIssue(file: file, line: line, message: message)]
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
