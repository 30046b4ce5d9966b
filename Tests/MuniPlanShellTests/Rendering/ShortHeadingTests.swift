import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// The first step of fitting a table: its columns' short headings and a legend, before
/// any cell wraps; `coverage --by district` (33 columns) fits 180 and 200 columns (with eleven measures; ten fitted 160) that way.
@Suite struct ShortHeadingTests {
    static var table: Table {
        var columns = [Table.Column("district", label: "地域")]
        for id in ["security-cloud", "e-application"] {
            var column = Table.Column(id, label: id + " 団体", alignment: .right)
            column.short = String(id.prefix(1))
            columns.append(column)
        }
        var table = Table(name: "t", columns: columns, rows: [Table.Row([.text("南会津"), .integer(5), .integer(12)])])
        table.legend = ["s security-cloud, e e-application"]
        return table
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test("too wide for its labels: the short headings, one line a row, the legend under it")
    func shortHeadings() {
        let rendered = lines(TableRenderer(width: 20).render(Self.table))
        #expect(rendered == ["地域    s   e", "──────  ─  ──", "南会津  5  12", "s security-cloud, e", "e-application"])
    }

    @Test("a table that fits keeps its labels and prints no legend")
    func fitsAsIs() {
        let rendered = TableRenderer(width: 100).render(Self.table)
        #expect(rendered == TableRenderer().render(Self.table))
        #expect(rendered.contains("security-cloud 団体") && !rendered.contains("s security-cloud,"))
    }

    @Test("record blocks, when even short headings do not fit, are under the full labels")
    func recordBlocksKeepLabels() {
        let rendered = TableRenderer(width: 8).render(Self.table)
        #expect(rendered.contains("security-cloud 団体:"), "\(rendered)")
        #expect(!rendered.contains("s security-cloud,"))
    }

    @Test("coverage --by district fits 180 and 200 columns as one table with short headings, in both languages",
          arguments: [180, 200])
    func coverageByDistrict(width: Int) throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("allocate advisor 19 --min-per-district 1")
        for language in Language.allCases {
            interpreter.session.language = language
            let table = try #require(try interpreter.run("coverage --by district").tables.first)
            let rendered = lines(TableRenderer(language: language, width: width).render(table))
            #expect(!rendered.contains { $0.hasPrefix("-[") }, "record blocks at \(width):\n\(rendered.joined(separator: "\n"))")
            for line in rendered { #expect(DisplayWidth.of(line) <= width, "wider than \(width): \(line)") }
            let heading = try #require(rendered.dropFirst().first).split(separator: " ").map(String.init)
            let heads: [String] = language == .english ? ["district", "bodies", "population", "a", "b%", "p%"] : ["地域", "団体数", "人口", "a", "団%", "人%"]
            #expect(Array(heading.prefix(6)) == heads && Array(heading.suffix(3)) == ["k", heads[4], heads[5]], "\(heading)")
            // One line a district: 7 districts and the prefecture under the title, heading and rule.
            #expect(rendered.filter { $0.hasPrefix("いわき") || $0.hasPrefix("南会津") }.count == 2)
            let legend = rendered.joined(separator: " ")
            let expected = language == .english ? "a seminar, b talent" : "a seminar、b talent"
            #expect(legend.contains(expected), "\(legend)")
        }
    }

    @Test("CSV of coverage --by district keeps the full ids and labels")
    func csvUnchanged() throws {
        let interpreter = try makeInterpreter()
        let csv = try interpreter.run("coverage --by district").rendered(.csv)
        #expect(csv.hasPrefix("district,bodies,population,seminar_covered,seminar_bodies_pct"))
        #expect(!csv.contains("a seminar"))
    }
}
