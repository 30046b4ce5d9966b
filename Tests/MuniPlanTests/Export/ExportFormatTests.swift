import Testing
@testable import MuniPlan

/// Format choice from extensions, option checks, Markdown and HTML details.
@Suite("Export formats")
struct ExportFormatTests {
    @Test(arguments: [("csv", ExportFormat.csv), (".CSV", .csv), ("tsv", .tsv), ("md", .markdown),
                      ("markdown", .markdown), ("json", .json), ("html", .html), ("htm", .html)])
    func formatFromExtension(ext: String, format: ExportFormat) throws {
        #expect(try ExportFormat(extension: ext) == format)
    }

    @Test func formatFromPath() throws {
        #expect(try ExportFormat(path: "out/coverage.csv") == .csv)
        #expect(try ExportFormat(path: "out.d/report.html") == .html)
        #expect(throws: ExportError.unknownExtension("", choices: ExportFormat.knownExtensions)) {
            try ExportFormat(path: "out.d/coverage")
        }
        #expect(throws: ExportError.unknownExtension("", choices: ExportFormat.knownExtensions)) {
            try ExportFormat(path: ".hidden")
        }
    }

    @Test func unknownExtensionListsTheChoices() {
        #expect(throws: ExportError.unknownExtension("xls", choices: ExportFormat.knownExtensions)) {
            try ExportFormat(extension: "xls")
        }
        let message = ExportError.unknownExtension("xls", choices: ExportFormat.knownExtensions).description
        #expect(message == "unknown format 'xls' (choose one of .csv .tsv .md .json .html .xlsx, or give --format)")
    }

    @Test(arguments: [ExportFormat.markdown, .json, .html, .xlsx])
    func excelOnlyForDelimitedText(format: ExportFormat) {
        #expect(throws: ExportError.optionNotApplicable(option: "--excel", format: format)) {
            try TableEncoder.encode(exportFixtureTable, as: format, options: .init(excel: true))
        }
    }

    @Test func markdownKeepsSummaryRowsAndEscapes() throws {
        let text = try TableEncoder.text(exportFixtureTable, as: .markdown)
        let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(tableLines.count == 2 + exportFixtureTable.rows.count)
        #expect(tableLines[1] == "| --- | --- | --- | ---: | ---: |")
        #expect(text.contains("| a\\|b |"))
        #expect(text.contains("| **県北 小計** |"))
        #expect(text.contains("| **計** |  | **1,234,587** |"))
        #expect(text.contains("line1<br>line2"))
        #expect(text.contains("\\*強調\\*"))
        for line in tableLines {
            // Unescaped pipes delimit exactly the columns.
            let delimiters = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(delimiters == exportFixtureTable.columns.count + 1, "\(line)")
        }
    }

    @Test func numericColumnsAlignRightEvenWithoutTheHint() throws {
        let table = Table(name: "t", columns: [.init("name"), .init("n")],
                          rows: [.init([.text("a"), .integer(1)]), .init([.text("b"), .empty])])
        #expect(try TableEncoder.text(table, as: .markdown).contains("| --- | ---: |"))
    }

    @Test func htmlEscapesAndMarksRows() throws {
        let table = Table(name: "t", title: "<b>&", columns: [.init("a", label: "\"x\"")],
                          rows: [.init([.text("<script>alert('x')</script>")]),
                                 .init([.integer(1_000)], kind: .subtotal)])
        let html = HTMLTableRenderer.fragment(table)
        #expect(html.contains("<caption>&lt;b&gt;&amp;</caption>"))
        #expect(html.contains("&quot;x&quot;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        // A subtotal count in a text column follows the column's alignment.
        #expect(html.contains("<tr class=\"subtotal\"><td>1,000</td></tr>"))
    }

    @Test func escapeLinesHandlesEveryLineBreak() {
        #expect(HTMLText.escapeLines("a\r\nb\nc\rd\n\ne") == "a<br>b<br>c<br>d<br><br>e")
    }
}
