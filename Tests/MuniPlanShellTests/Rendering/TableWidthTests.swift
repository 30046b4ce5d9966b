import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Tables and text fitted to a terminal's width: the rule's three steps, each where it
/// applies, and no line wider than the terminal, no word split.
@Suite struct TableWidthTests {
    static let table = Table(
        name: "notes",
        columns: [Table.Column("code", label: "コード"), Table.Column("name", label: "名称"),
                  Table.Column("population", label: "人口", alignment: .right), Table.Column("note", label: "note")],
        rows: [
            Table.Row([.text("073644"), .text("檜枝岐村"), .integer(507), .text("the smallest village in the prefecture by population")]),
            Table.Row([.text("072010"), .text("福島市"), .integer(282_802), .text("県庁所在地で、県北地方振興局の管内にある市")]),
        ])

    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test("a table that fits is drawn exactly as without a width")
    func fitsAsIs() {
        let plain = TableRenderer().render(Self.table)
        #expect(TableRenderer(width: 200).render(Self.table) == plain)
        #expect(lines(plain).contains { DisplayWidth.of($0) > 60 }, "the test table should be wider than 60")
    }

    @Test("at 60 columns the text cells wrap: no line too wide, numbers whole, every word whole", arguments: [60, 50])
    func wrapsTextCells(width: Int) {
        let rendered = lines(TableRenderer(width: width).render(Self.table))
        #expect(!rendered.contains { $0.hasPrefix("-[") }, "wrapping should have been enough:\n\(rendered.joined(separator: "\n"))")
        for line in rendered { #expect(DisplayWidth.of(line) <= width, "too wide: \(line)") }
        let text = rendered.joined(separator: "\n")
        #expect(text.contains("282,802") && text.contains("507"))
        for word in ["smallest", "village", "prefecture", "population"] {
            #expect(rendered.contains { $0.contains(word) }, "\(word) was split:\n\(text)")
        }
        // The first row's note takes more than one line; the code column stays in place.
        #expect(rendered.count > 2 + Self.table.rows.count)
    }

    @Test("too narrow even wrapped: one record a block, labels aligned, in the reader's language")
    func recordBlocks() {
        let english = lines(TableRenderer(width: 24).render(Self.table))
        #expect(english[0].hasPrefix("-[ RECORD 1 ]-"))
        #expect(english.contains("コード: 073644"))
        #expect(english.contains("人口:   282,802"))
        #expect(english.contains("note:   the smallest") && english.contains("        village in the"))
        #expect(english.contains { $0.hasPrefix("-[ RECORD 2 ]") })
        for line in english { #expect(DisplayWidth.of(line) <= 24, "too wide: \(line)") }
        let japanese = lines(TableRenderer(language: .japanese, width: 24).render(Self.table))
        #expect(japanese[0].hasPrefix("-[ 1件目 ]-"))
        #expect(japanese.contains("コード： 073644"))
    }

    @Test("CSV and the other formats are data: never wrapped, whatever the width")
    func formatsIgnoreWidth() {
        for format in [OutputFormat.csv, .tsv, .md, .json] {
            #expect(OutputRenderer(format: format, color: false, width: 20).render(Self.table)
                == OutputRenderer(format: format, color: false).render(Self.table))
        }
    }

    @Test("text breaks at spaces, between Japanese characters, never before 、 or inside [--require BODY…]")
    func textWrapper() {
        #expect(TextWrapper.wrap("usage: allocate MEASURE [--require BODY…] [--exclude BODY…]", width: 34, hang: 16)
            == ["usage: allocate MEASURE", "                [--require BODY…]", "                [--exclude BODY…]"])
        let japanese = TextWrapper.wrap("団体を複数受け付けるところでは、区切れます", width: 16)
        #expect(japanese.allSatisfy { DisplayWidth.of($0) <= 16 && !$0.hasPrefix("、") }, "\(japanese)")
        #expect(japanese.joined() == "団体を複数受け付けるところでは、区切れます")
        // A word longer than the line is the one thing split, never through a wide character.
        #expect(TextWrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapper.wrap("檜枝岐村", width: 3) == ["檜", "枝", "岐", "村"])
        // A line in columns goes on under its text.
        #expect(TextWrapper.reflow("  --new-only    only bodies not covered before", width: 40)
            == "  --new-only    only bodies not covered\n                before")
    }

    @Test("help reflows to the width: usage and options lines within it, no option split")
    func helpReflows() throws {
        for width in [60, 100] {
            for language in Language.allCases {
                let text = try HelpText.render("allocate", in: language, width: width)
                for line in lines(text) { #expect(DisplayWidth.of(line) <= width, "\(language) \(width): \(line)") }
                for option in ["[--require BODY…]", "[--min-per-district K]", "[--by population|bodies]"] {
                    #expect(text.contains(option), "\(option) split at \(width) in \(language):\n\(text)")
                }
            }
        }
        #expect(try HelpText.render("allocate", width: 1000) == HelpText.render("allocate"))
    }
}
