import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// kpi at a 100-column terminal: its measure column (which most KPIs are named after) is left
/// out, said in a note, so that every other column keeps its words whole (令和4年度 on one
/// line) instead of the table breaking them; wide enough, or in a file, it is there.
@Suite struct OptionalColumnTests {
    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    func kpiTable(_ language: Language) throws -> Table {
        let interpreter = try makeInterpreter()
        if language == .japanese { try interpreter.run("lang ja") }
        return try #require(try interpreter.run("kpi").tables.first { $0.name == "kpi" })
    }

    @Test("Japanese kpi at 100 columns: no 事業 column, a note saying so, 令和4年度 whole on every row")
    func japaneseAt100() throws {
        let table = try kpiTable(.japanese)
        let shown = lines(TableRenderer(language: .japanese, width: 100).render(table))
        for line in shown { #expect(DisplayWidth.of(line) <= 100, "\(line)") }
        #expect(shown[0].hasPrefix("指標") && !shown[0].contains("事業"), "\(shown[0])")
        #expect(shown.contains("画面の幅に合わせて省略した列：事業（format csv や export ではすべての列を表示）"))
        let records = shown.filter { $0.hasPrefix("seminar") || $0.hasPrefix("advisor") || $0.hasPrefix("security-cloud") }
        #expect(records.count == 3)
        for line in records { #expect(line.contains("令和4年度"), "\(line)") }
        #expect(!shown.contains { $0.hasSuffix("令和4年") })
    }

    @Test("wide enough, or with no width (a file, a pipe), the measure column is there and no note", arguments: [Language.english, .japanese])
    func wideOrFile(language: Language) throws {
        let table = try kpiTable(language)
        let heading = language == .english ? "measure" : "事業"
        for renderer in [TableRenderer(language: language, width: 200), TableRenderer(language: language)] {
            let shown = lines(renderer.render(table))
            #expect(shown[0].contains(heading), "\(shown[0])")
            #expect(!shown.contains { $0.contains("format csv") })
        }
    }

    @Test("too narrow even without it (60 columns): record blocks keep every column, the measure too")
    func recordBlocksKeepIt() throws {
        let shown = lines(TableRenderer(language: .japanese, width: 60).render(try kpiTable(.japanese)))
        #expect(shown.contains { $0.hasPrefix("事業：") })
        #expect(!shown.contains { $0.contains("省略した列") })
    }

    @Test("a table without optional columns is fitted as before")
    func noOptional() {
        let table = Table(name: "t", columns: [Table.Column("a"), Table.Column("b")],
                          rows: [Table.Row([.text("令和4年度 令和5年度 令和6年度"), .text("x")])])
        let shown = lines(TableRenderer(width: 20).render(table))
        #expect(!shown.contains { $0.contains("format csv") })
        for line in shown { #expect(DisplayWidth.of(line) <= 20, "\(line)") }
    }
}
