import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Tables of real commands at a terminal's width: an empty table too wide for it (simulate's
/// with no plan) and explain's reasons at 60 columns, in both languages.
@Suite struct NarrowTerminalTests {
    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    func interpreter(_ language: Language) throws -> Interpreter {
        let interpreter = try makeInterpreter()
        if language == .japanese { try interpreter.run("lang ja") }
        return interpreter
    }

    @Test("simulate's empty tables at 60 columns: title, (none) and notes, no headings past the edge", arguments: [Language.english, .japanese])
    func emptyTables(language: Language) throws {
        let printed = try interpreter(language).run("simulate --runs 200")
        let bodies = try #require(printed.tables.first { $0.name == "simulation-bodies" })
        #expect(bodies.rows.isEmpty)
        let renderer = TableRenderer(language: language, width: 60)
        for table in printed.tables {
            for line in lines(renderer.render(table)) { #expect(DisplayWidth.of(line) <= 60, "\(table.name): \(line)") }
        }
        let shown = lines(renderer.render(bodies))
        #expect(Array(shown.prefix(2)) == (language == .english ? ["bodies the plan supports", "(none)"] : ["計画で支援する団体", "（なし）"]))
        #expect(!shown.contains { $0.hasPrefix("─") })
        // Its notes still follow.
        #expect(shown.count > 2)
        // Wide enough, it is drawn as without a width: headings, rule, (none).
        let wide = lines(TableRenderer(language: language, width: 200).render(bodies))
        #expect(wide == lines(TableRenderer(language: language).render(bodies)))
        #expect(wide[2].hasPrefix("─") && wide[3] == (language == .english ? "(none)" : "（なし）"))
    }

    @Test("an empty table that fits under its short headings keeps them, with its legend")
    func emptyUnderShortHeadings() {
        var wide = Table.Column("probability", label: "probability of adopting in FY2022")
        wide.short = "p"
        var table = Table(name: "t", title: "title", columns: [Table.Column("code"), wide], rows: [])
        table.legend = ["p: probability"]
        #expect(lines(TableRenderer(width: 20).render(table)) == ["title", "code  p", "────  ─", "(none)", "p: probability"])
    }

    @Test("explain at 60 columns: one record a block, each reason whole on its line; at 80 a table, the reason 24+ wide; at 100 as it is",
          arguments: [Language.english, .japanese])
    func explainReasons(language: Language) throws {
        let interpreter = try interpreter(language)
        try interpreter.run("allocate advisor 19 --min-per-district 1")
        let table = try #require(try interpreter.run("explain advisor").tables.first { $0.name == "allocation" })
        let narrow = lines(TableRenderer(language: language, width: 60).render(table))
        #expect(narrow.contains { $0.hasPrefix("-[ ") }, "\(narrow.prefix(12).joined(separator: "\n"))")
        for line in narrow { #expect(DisplayWidth.of(line) <= 60, "too wide: \(line)") }
        let label = try #require(table.columns.last).label
        for row in table.rows.prefix(25) {
            let reason = try #require(row.cells.last).display
            #expect(narrow.contains { $0.hasPrefix(label) && $0.hasSuffix(" " + reason) }, "\(reason) not on one line")
        }
        // At 80 the table fits with the reason column wrapped, never under 24 columns.
        let rendered = TableRenderer(language: language, width: 80).render(table)
        let middle = lines(rendered)
        #expect(!middle.contains { $0.hasPrefix("-[ ") })
        for line in middle { #expect(DisplayWidth.of(line) <= 80, "too wide: \(line)") }
        let rule = try #require(middle.first { $0.hasPrefix("─") })
        #expect(try #require(rule.split(separator: " ").last).count >= Interpreter.readableReason)
        #expect(TableRenderer(language: language, width: 100).render(table) == TableRenderer(language: language).render(table))
    }
}
