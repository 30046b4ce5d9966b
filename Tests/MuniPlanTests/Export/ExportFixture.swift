import Testing
@testable import MuniPlan

// A small fixed table holding every awkward case, for the Export tests.

/// Japanese, a comma, a quote, a newline, `|`, leading `=` `-` `@` and tab, a negative
/// number, decimals, an empty cell, a subtotal and a total row.
let exportFixtureTable = Table(
    name: "coverage",
    title: "テスト表: カバー状況 (FY2022)",
    columns: [
        .init("code", label: "団体コード"),
        .init("name", label: "名称"),
        .init("note", label: "備考"),
        .init("count", label: "件数", alignment: .right),
        .init("share", label: "割合(%)", alignment: .right),
    ],
    rows: [
        .init([.text("072010"), .text("福島市"), .text("a, b"), .integer(3), .decimal(62.5, places: 1)]),
        .init([.text("072028"), .text("会津若松市"), .text("say \"hi\""), .integer(-3), .decimal(0.25, places: 2)]),
        .init([.text("072036"), .text("郡山市"), .text("line1\nline2"), .integer(0), .decimal(-1.5, places: 1)]),
        .init([.text("072044"), .text("いわき市"), .text("a|b"), .integer(1_234_567), .empty]),
        .init([.text("072052"), .text("白河市"), .text("=SUM(A1:A2)"), .integer(12), .decimal(33.333, places: 1)]),
        .init([.text("072079"), .text("須賀川市"), .text("-1+1"), .empty, .decimal(100, places: 0)]),
        .init([.text("072087"), .text("喜多方市"), .text("-"), .integer(7), .decimal(-0.04, places: 1)]),
        .init([.text("assoc-1"), .text("要望のあった一部事務組合"), .text("@user\tx"), .integer(1), .decimal(0, places: 1)]),
        .init([.empty, .text("県北 小計"), .empty, .integer(1_234), .decimal(50, places: 1)], kind: .subtotal),
        .init([.empty, .text("計"), .empty, .integer(1_234_587), .decimal(12.34, places: 1)], kind: .total),
    ],
    footer: ["advisor: KPI 19団体 (FY2022)", "注: a|b と *強調* は記号のまま"]
)

/// The plain text of cells as a machine format writes them back.
func plainCells(_ row: Table.Row, columns: Int) -> [String] {
    (0..<columns).map { $0 < row.cells.count ? row.cells[$0].plain : "" }
}
