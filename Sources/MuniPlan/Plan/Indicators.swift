/// Per-body numeric columns imported from CSV (`indicators load FILE.csv`).
public struct Indicators: Sendable, Equatable {
    /// column → body code → value.
    public private(set) var columns: [String: [String: Double]] = [:]

    public init() {}

    public var names: [String] { columns.keys.sorted() }

    public func value(_ column: String, for code: String) -> Double? { columns[column]?[code] }

    public mutating func set(_ column: String, values: [String: Double]) { columns[column] = values }

    public mutating func remove(_ column: String) { columns[column] = nil }
}

/// Why an indicators file was refused; nothing of it is loaded.
public struct IndicatorError: Error, Sendable, CustomStringConvertible {
    public let issues: [DataIssue]
    /// One line, as every error: the first problems, then how many more.
    public var message: Message {
        let shown: [any MessageArgument] = Array(issues.prefix(3))
        let more: [any MessageArgument] = issues.count > 3 ? [Message.Data.moreProblems(count: issues.count - 3)] : []
        return Message.Data.problems(problems: ProblemList(items: shown + more))
    }

    public var description: String { message.description }

    /// Problems one after another, as each language separates clauses: `; ` and `；`.
    private struct ProblemList: MessageArgument {
        let items: [any MessageArgument]
        func text(in language: Language) -> String {
            items.map { $0.text(in: language) }.joined(separator: language == .japanese ? "；" : "; ")
        }
    }
}
