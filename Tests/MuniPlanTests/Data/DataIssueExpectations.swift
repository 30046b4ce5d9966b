import Testing
@testable import MuniPlan

// What the data validation tests expect of an issue: its file, its line and its words.

/// Expects exactly one issue, in `file` on `line`, whose message contains every fragment.
func expectSingleIssue(_ issues: [DataIssue], file: String, line: Int, containing fragments: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(issues.count == 1, "expected one issue, got: \(issues.map(\.description))", sourceLocation: sourceLocation)
    guard let issue = issues.first else { return }
    expectIssue(issue, file: file, line: line, containing: fragments, sourceLocation: sourceLocation)
}

/// Expects `issue` to be in `file` on `line`, its message containing every fragment.
func expectIssue(_ issue: DataIssue, file: String, line: Int, containing fragments: [String],
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(issue.file == file, "\(issue)", sourceLocation: sourceLocation)
    #expect(issue.line == line, "\(issue)", sourceLocation: sourceLocation)
    #expect(issue.description.hasPrefix("\(file):\(line): "), "\(issue)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(issue.message.contains(fragment), "'\(fragment)' missing from: \(issue)", sourceLocation: sourceLocation)
    }
}
