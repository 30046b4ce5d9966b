import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Text fields of the data files must be printable: a control character or a bidirectional
/// override in any of them (raw, or through a TOML escape) is refused at its line, and the
/// message shows the character escaped. Each test copies Data/ and changes one thing.
@Suite("Data printable text")
struct DataPrintableTests {
    static let bodies = DataLoader.bodiesFile
    static let districts = DataLoader.districtsFile
    static let measures = DataLoader.measuresFile

    /// The one issue's message holds no hidden character itself.
    func expectPrintable(_ issues: [DataIssue], sourceLocation: SourceLocation = #_sourceLocation) {
        for issue in issues {
            #expect(VisibleText.firstHidden(in: issue.message) == nil, "\(issue.message.debugDescription)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("bodies.csv: an escape sequence, a bidi override or a C1 control in any text field",
          arguments: [("072010,福島市,", "072010,福島\u{1B}[31m市,", "name", "\\x1b (U+001B)"),
                      (",ふくしまし,", ",ふくし\u{202E}まし,", "kana", "\\u{202E} (U+202E)"),
                      (",fukushima,city,県北,", ",fukushima,city,県北\u{9B},", "district", "\\x9b (U+009B)"),
                      (",140.474722,\n", ",140.474722,evac\u{7}\n", "groups", "\\x07 (U+0007)")])
    func bodyField(old: String, new: String, column: String, shown: String) throws {
        try withTemporaryData { data in
            let line = try data.replace(old, with: new, in: Self.bodies)
            let issues = data.loadFailure()
            expectSingleIssue(issues, file: Self.bodies, line: line, containing: [column, "control character", shown])
            expectPrintable(issues)
        }
    }

    @Test("bodies.csv: a quoted line break or tab inside a name is refused too, and later lines keep their numbers")
    func quotedBreak() throws {
        try withTemporaryData { data in
            let line = try data.replace("072010,福島市,", with: "072010,\"福島\n市\",", in: Self.bodies)
            let tab = try data.replace("073644,檜枝岐村,", with: "073644,\"檜枝\t岐村\",", in: Self.bodies)
            let issues = data.loadFailure()
            #expect(issues.count == 2, "\(issues.map(\.description))")
            #expect(issues.first { $0.line == line }?.message.contains("name holds the control character \\n") == true,
                    "\(issues.map(\.description))")
            #expect(issues.first { $0.line == tab }?.message.contains("name holds the control character \\t") == true,
                    "\(issues.map(\.description))")
            expectPrintable(issues)
        }
    }

    @Test("districts.csv: a right-to-left mark in a district's name")
    func districtField() throws {
        try withTemporaryData { data in
            let line = try data.replace("県北,kenpoku,", with: "県北\u{200F},kenpoku,", in: Self.districts)
            let issues = data.loadFailure()
            // The bodies naming 県北 are not reported as well: districts.csv failed first.
            expectSingleIssue(issues, file: Self.districts, line: line, containing: ["name", "\\u{200F}"])
            expectPrintable(issues)
        }
    }

    @Test("measures.toml: a control through a TOML escape, a raw bidi isolate, in a list, in a note",
          arguments: [(#"title = "職員の意識改革""#, #"title = "職員の\u001b[2J意識改革""#, "title", "\\x1b"),
                      (#"name = "ＩＣＴアドバイザー市町村派遣事業""#, "name = \"ＩＣＴ\u{2066}アドバイザー\"", "name", "\\u{2066}"),
                      (#"prefecture = "福島県""#, #"prefecture = "福島県\u0085""#, "prefecture", "\\x85"),
                      (#"items = ["1(5)", "1(7)", "1(10)"]"#, #"items = ["1(5)", "1(7)\u202e", "1(10)"]"#, "items", "\\u{202E}"),
                      (#"note = "The source says"#, #"note = "\u202EThe source says"#, "note", "\\u{202E}")])
    func measuresField(old: String, new: String, key: String, shown: String) throws {
        try withTemporaryData { data in
            let line = try data.replace(old, with: new, in: Self.measures)
            let issues = data.loadFailure()
            #expect(issues.contains { $0.file == Self.measures && $0.line == line && $0.message.contains("\(key) holds the control character \(shown)") },
                    "\(issues.map(\.description))")
            expectPrintable(issues)
        }
    }
}
