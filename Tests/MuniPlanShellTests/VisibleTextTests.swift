import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Text from input never reaches the terminal raw: control characters and bidirectional
/// overrides in error messages, table cells and machine formats are shown as escapes, and
/// only the renderer's own colour codes are escape sequences.
@Suite struct VisibleTextTests {
    /// Scalars that must not be printed raw, wherever they came from.
    static let hostile = "a\u{1B}[31mb\u{202E}c\u{9B}d\u{7F}e\u{0}f\rg\u{8}h\u{2066}i\u{200F}j\u{061C}k\u{2028}l"

    static func hidden(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { VisibleText.isHidden($0) && !allowed.contains($0) }
    }

    @Test("each kind of hidden character gets its own visible escape", arguments: [
        ("\u{1B}", "\\x1b"), ("\u{0}", "\\x00"), ("\u{7F}", "\\x7f"), ("\u{9B}", "\\x9b"), ("\u{85}", "\\x85"),
        ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"), ("\u{202E}", "\\u{202E}"), ("\u{202A}", "\\u{202A}"),
        ("\u{2066}", "\\u{2066}"), ("\u{2069}", "\\u{2069}"), ("\u{200E}", "\\u{200E}"), ("\u{200F}", "\\u{200F}"),
        ("\u{061C}", "\\u{61C}"), ("\u{2028}", "\\u{2028}"), ("\u{2029}", "\\u{2029}"),
    ])
    func escapes(raw: String, shown: String) {
        #expect(VisibleText.escaping("x\(raw)y") == "x\(shown)y")
    }

    @Test("Japanese, emoji, combining marks and ordinary punctuation are left as they are")
    func printableUntouched() {
        for text in ["檜枝岐村 (ひのえまたむら)", "ﾋﾉｴﾏﾀ", "👨‍👩‍👧 ok", "e\u{301}", "a\\x1b is text", "\u{200B}\u{FEFF}", "～−"] {
            #expect(VisibleText.escaping(text) == text)
        }
    }

    @Test("kept characters pass: a sink of lines keeps its line breaks")
    func kept() {
        #expect(VisibleText.escaping("a\nb\u{1B}c\td", keeping: ["\n"]) == "a\nb\\x1bc\\td")
    }

    @Test("an unknown body named with an escape sequence: the error shows it escaped, one line")
    func errorMessage() throws {
        let interpreter = try makeInterpreter()
        let message = interpreter.failure("show \u{1B}[31mred\u{202E}x")
        #expect(message.contains("unknown body '\\x1b[31mred\\u{202E}x'"), "\(message)")
        #expect(Self.hidden(in: message, allowing: []).isEmpty, "\(message.debugDescription)")
    }

    @Test("every ShellError's description is free of hidden characters")
    func everyError() {
        let errors: [ShellError] = [
            .syntax(column: 3, message: Self.hostile), .unknownCommand(Self.hostile, suggestion: Self.hostile),
            .usage(command: Self.hostile, message: Message.Usage.unknownAction(action: Self.hostile), usage: Self.hostile),
            .refused(Message.Edit.missingFile(file: Self.hostile)), .fileWrite(.exists(path: Self.hostile)),
            .data(DataError([DataIssue(file: Self.hostile, line: 2, message: Self.hostile)])), .expectation(Self.hostile), .located(Self.hostile),
        ]
        for error in errors {
            for language in Language.allCases {
                let text = error.text(in: language)
                #expect(Self.hidden(in: text, allowing: []).isEmpty, "\(text.debugDescription)")
            }
        }
    }

    static let table = Table(
        name: "hostile",
        title: "title \u{1B}]0;owned\u{7}",
        columns: [Table.Column("name", label: "name\u{1B}[1m"), Table.Column("n", alignment: .right)],
        rows: [
            Table.Row([.text(hostile), .integer(1)]),
            Table.Row([.text("tab\there"), .integer(22)]),
            Table.Row([.text("檜枝岐村"), .integer(333)]),
        ],
        footer: ["note \u{202E}gnp.exe"])

    @Test("the terminal table escapes cells, labels, title and footer, and still aligns")
    func terminalTable() {
        let text = TableRenderer().render(Self.table)
        #expect(Self.hidden(in: text).isEmpty, "\(text.debugDescription)")
        #expect(text.contains(VisibleText.escaping(Self.hostile)))
        #expect(text.contains("tab\\there"))
        #expect(text.contains("title \\x1b]0;owned\\x07"))
        #expect(text.contains("note \\u{202E}gnp.exe"))
        // The numbers end in one column: the escapes were measured as the text they are.
        let rows = text.split(separator: "\n").filter { $0.hasSuffix(" 1") || $0.hasSuffix(" 22") || $0.hasSuffix("333") }
        #expect(rows.count == 3)
        #expect(Set(rows.map { DisplayWidth.of(String($0)) }).count == 1, "\(rows)")
    }

    @Test("with colour the only escape sequences are the renderer's own (bold, dim, reset)")
    func colouredTable() {
        let text = TableRenderer(color: true).render(Self.table)
        let own = text.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[2m", with: "")
            .replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(Self.hidden(in: own).isEmpty, "\(text.debugDescription)")
        #expect(text.contains("\u{1B}[1m"), "no colour at all")
    }

    @Test("machine formats at the prompt are escaped too; TSV keeps its tabs, JSON stays JSON",
          arguments: [OutputFormat.csv, .tsv, .md, .json])
    func machineFormats(format: OutputFormat) throws {
        let text = OutputRenderer(format: format, color: false).render(Self.table)
        #expect(Self.hidden(in: text, allowing: format == .tsv ? ["\n", "\t"] : ["\n"]).isEmpty, "\(text.debugDescription)")
        if format == .json {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let rows = try #require(document["rows"] as? [[String: Any]])
            #expect(rows.first?["name"] as? String == Self.hostile, "JSON escapes hold the exact text")
        }
    }

    @Test("a snapshot named with controls: snapshots shows the name escaped")
    func snapshotName() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("snapshot \"\u{1B}[2J\u{202E}x\"")
        let text = try interpreter.run("snapshots").rendered()
        #expect(text.contains("\\x1b[2J\\u{202E}x"), "\(text)")
        #expect(Self.hidden(in: text).isEmpty, "\(text.debugDescription)")
    }
}
