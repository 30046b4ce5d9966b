import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// KPI statuses in colour where colour is on: met green, short yellow, a source conflict
/// magenta, in either language; the columns still align by what is seen.
@Suite struct StatusColourTests {
    static func kpi(_ language: String, color: Bool) throws -> String {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang \(language); allocate advisor 19")
        let table = try #require(try interpreter.run("kpi").tables.first)
        return TableRenderer(color: color, language: interpreter.session.language).render(table)
    }

    @Test("met, short and conflict are coloured in English and in Japanese; off, there is no escape at all")
    func colours() throws {
        let english = try Self.kpi("en", color: true)
        #expect(english.contains("\u{1B}[32mmet"))
        #expect(english.contains("\u{1B}[33mshort by 60"))
        #expect(english.contains("\u{1B}[35mconflict"))
        let japanese = try Self.kpi("ja", color: true)
        #expect(japanese.contains("\u{1B}[32m達成"))
        #expect(japanese.contains("\u{1B}[33m未達（あと60団体）"))
        #expect(japanese.contains("\u{1B}[35m資料内で不一致"))
        let plain = try Self.kpi("en", color: false)
        #expect(!plain.contains("\u{1B}"))
        // Without the escapes, the coloured table is the plain one: colour never moves a column.
        let stripped = english.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    @Test("a status is known by the catalogue's words in either language: over is met, not planned and no target stay plain")
    func statusWords() {
        let style = { TableRenderer.statusStyle(column: "status", $0) }
        #expect(style("met") == .green && style("達成") == .green)
        #expect(style("met, over by 3") == .green && style("超過（+3団体）") == .green)
        #expect(style("short by 19") == .yellow && style("未達（あと19団体）") == .yellow)
        #expect(style("not planned") == nil && style("計画値なし") == nil && style("no target") == nil && style("目標なし") == nil)
        #expect(style("metres") == nil)
        #expect(TableRenderer.statusStyle(column: "measure", "met") == nil)
    }
}
