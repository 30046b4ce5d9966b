import Foundation
import MuniPlan
import TestSupport
import Testing

/// Nothing typed or loaded reaches the terminal raw: escape sequences and bidirectional
/// overrides come out as visible escapes on stdout and stderr, whatever the path (an error,
/// a table, a machine format), and data files holding them are refused. `-c $'show
/// \x1b[31mred'` once wrote the ESC to stderr as it was.
@Suite struct ControlCharacterTests {
    /// Hidden characters in `text` other than its line breaks.
    static func hidden(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { VisibleText.isHidden($0) && $0 != "\n" }
    }

    @Test("an unknown body with an escape sequence or a bidi override: the error shows it escaped",
          arguments: [("show \u{1B}[31mred", "-c:1: unknown body '\\x1b[31mred'"),
                      ("show \u{202E}lanimret", "-c:1: unknown body '\\u{202E}lanimret'"),
                      ("fy R4; bodies \u{1B}]0;owned\u{7}", "-c:2: "),
                      ("frob\u{9B}31m", "-c:1: unknown command 'frob\\x9b31m'")])
    func errors(command: String, expected: String) throws {
        let result = try muniplan(["-c", command])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix(expected), "\(result)")
        #expect(Self.hidden(result.stdout + result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one line:\n\(result.stderr)")
    }

    @Test("a name with controls in a table and in CSV at the prompt's output: escaped")
    func tables() throws {
        let result = try muniplan(["-c", "snapshot \"\u{1B}[2J\u{202E}x\ty\"; snapshots; format csv; snapshots; format json; snapshots"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\\x1b[2J\\u{202E}x\\ty  "), "the table:\n\(result.stdout)")
        #expect(result.stdout.contains("\\x1b[2J\\u{202E}x\\ty,0,"), "the CSV:\n\(result.stdout)")
        #expect(result.stdout.contains(#""\u001b[2J\u202ex\ty""#), "the JSON:\n\(result.stdout)")
        #expect(Self.hidden(result.stdout + result.stderr).isEmpty, "\(result.stdout.debugDescription)")
    }

    @Test("a scenario file with an ESC on a line: the error names it escaped")
    func scenarioFile() throws {
        try withTemporaryFolder { workspace in
            try workspace.write("esc.plan", "fy R4\nassign advisor \u{1B}[5mhinoemata\n")
            let result = try muniplan(["esc.plan"], in: workspace.url)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("esc.plan:2: unknown body '\\x1b[5mhinoemata'"), "\(result)")
            #expect(Self.hidden(result.stdout + result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        }
    }

    @Test("data with an escape sequence in a body's name is refused: exit 3, located, escaped")
    func data() throws {
        try withTemporaryFolder { workspace in
            let data = workspace.url.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            for file in ["bodies.csv", "districts.csv", "measures.toml"] {
                try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Data/\(file)"), to: data.appendingPathComponent(file))
            }
            let bodies = data.appendingPathComponent("bodies.csv")
            let text = try String(contentsOf: bodies, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "072010,福島市,", with: "072010,福島\u{1B}[8m市,").utf8).write(to: bodies)
            let result = try muniplan(["--data", data.path, "-c", "bodies"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("bodies.csv:2: name holds the control character \\x1b (U+001B): remove it"), "\(result)")
            #expect(Self.hidden(result.stdout + result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        }
    }
}
