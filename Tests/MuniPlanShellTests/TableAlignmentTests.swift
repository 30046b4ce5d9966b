import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Terminal tables align by display width: every line is as wide, every column starts at
/// the same display offset, whatever mix of full-width and ASCII text the rows hold.
@Suite struct TableAlignmentTests {
    static let table = Table(
        name: "mixed",
        columns: [Table.Column("code", label: "コード"), Table.Column("name", label: "名称"), Table.Column("romaji"),
                  Table.Column("population", label: "人口", alignment: .right)],
        rows: [
            Table.Row([.text("073644"), .text("檜枝岐村"), .text("hinoemata"), .integer(507)]),
            Table.Row([.text("072010"), .text("福島市"), .text("fukushima"), .integer(282_802)]),
            Table.Row([.text("x"), .text("ｶﾀｶﾅ mix"), .text("ひのえ"), .integer(5)]),
            Table.Row([.text("assoc-1"), .text("要望のあった一部事務組合"), .text("a"), .empty]),
            Table.Row([.empty, .text("南会津 計"), .text("3 bodies"), .integer(283_314)], kind: .subtotal),
        ])

    func lines(_ table: Table, color: Bool = false) -> [String] {
        TableRenderer(color: color).render(table).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The display offset at which `cell` appears in `line` at or after display offset `from`.
    func offset(of cell: String, in line: String, from: Int) -> Int? {
        var columns = 0
        var index = line.startIndex
        while index < line.endIndex {
            if columns >= from, line[index...].hasPrefix(cell) { return columns }
            columns += DisplayWidth.of(line[index])
            index = line.index(after: index)
        }
        return nil
    }

    /// Checks that in the rendered `table` every header and cell starts (left-aligned) or ends
    /// (right-aligned) at its column's display offset: columns as wide as their widest
    /// entry, two spaces apart.
    func expectAligned(_ table: Table, sourceLocation: SourceLocation = #_sourceLocation) {
        // The title line, if any, comes first; footer lines come after the rows.
        let rendered = Array(lines(table).dropFirst(table.title == nil ? 0 : 1).prefix(2 + table.rows.count))
        guard rendered.count == 2 + table.rows.count else {
            Issue.record("expected \(2 + table.rows.count) lines, got \(rendered.count)", sourceLocation: sourceLocation)
            return
        }
        var widths = table.columns.map { DisplayWidth.of($0.label) }
        for row in table.rows {
            for (i, cell) in row.cells.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell.display)) }
        }
        var starts: [Int] = []
        var x = 0
        for width in widths { starts.append(x); x += width + 2 }
        let entries = [(table.columns.map(\.label), [Bool](repeating: false, count: widths.count), 0)]
            + table.rows.enumerated().map { i, row in
                (row.cells.map(\.display),
                 row.cells.indices.map { row.kind != .record && row.cells[$0].isNumeric },
                 i + 2)
            }
        for (texts, numericTotals, lineIndex) in entries {
            let line = rendered[lineIndex]
            for (column, text) in texts.enumerated() where !text.isEmpty {
                let right = table.columns[column].alignment == .right || numericTotals[column]
                let expected = right ? starts[column] + widths[column] - DisplayWidth.of(text) : starts[column]
                #expect(offset(of: text, in: line, from: starts[column]) == expected,
                        "'\(text)' in column \(column) is not at offset \(expected):\n\(line)", sourceLocation: sourceLocation)
            }
        }
        #expect(DisplayWidth.of(rendered[1]) == x - 2, "separator width", sourceLocation: sourceLocation)
        for line in rendered { #expect(DisplayWidth.of(line) <= x - 2, sourceLocation: sourceLocation) }
    }

    @Test("every line has the same display width")
    func sameWidth() throws {
        let lines = lines(Self.table)
        #expect(lines.count == 2 + Self.table.rows.count)
        let columns: [Int] = [7, 24, 9, 7]  // the widest entry of each column
        let full = columns.reduce(0, +) + 2 * 3
        // The last column is right-aligned: a line is full width unless its last cell is
        // empty, and then only trailing spaces were trimmed.
        let lastEmpty = [false, false] + Self.table.rows.map { $0.cells[3] == .empty }
        for (line, trimmed) in zip(lines, lastEmpty) {
            if trimmed {
                #expect(DisplayWidth.of(line) < full)
                #expect(!line.hasSuffix(" "))
            } else {
                #expect(DisplayWidth.of(line) == full, "\(line)")
            }
        }
    }

    @Test("columns start (or end, when right-aligned) at the same display offset on every line")
    func columnOffsets() {
        expectAligned(Self.table)
    }

    @Test("the separator spans each column's width")
    func separator() throws {
        #expect(lines(Self.table)[1] == [7, 24, 9, 7].map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    }

    @Test("numbers get thousands separators and align right")
    func numbers() throws {
        let lines = lines(Self.table)
        #expect(lines[2].hasSuffix("    507"))
        #expect(lines[3].hasSuffix("282,802"))
    }

    @Test("colour codes do not disturb alignment")
    func colour() throws {
        let lines = lines(Self.table, color: true)
        #expect(lines[0].hasPrefix("\u{1B}[1m"))
        #expect(lines.map(DisplayWidth.of) == self.lines(Self.table).map(DisplayWidth.of))
    }

    @Test("the tables of the bundled data align", arguments: ["bodies", "districts", "measures", "kpi", "items"])
    func bundledTables(command: String) throws {
        let interpreter = try makeInterpreter()
        let table = try #require(try interpreter.run(command).tables.first)
        expectAligned(table)
    }
}
