import Foundation
import Testing
@testable import MuniPlan

// Helpers for the Export and Report tests: a small fixed table holding every awkward
// case, golden files under Golden/ (re-recorded only with MUNIPLAN_RECORD_GOLDEN=1), and
// temporary directories.

/// …/Tests/MuniPlanTests/ExportTestSupport.swift → Tests/MuniPlanTests.
let exportTestsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// Where golden files live: Tests/MuniPlanTests/Golden.
let goldenDirectory = exportTestsDirectory.appendingPathComponent("Golden")

/// The checkout's Data/ directory.
let exportDataDirectory = exportTestsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data")

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

/// Compares `bytes` with Golden/NAME, or writes the file when MUNIPLAN_RECORD_GOLDEN=1.
func expectGolden(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["MUNIPLAN_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
        Issue.record("missing golden file Golden/\(name); run with MUNIPLAN_RECORD_GOLDEN=1 to record it",
                     sourceLocation: sourceLocation)
        return
    }
    let want = [UInt8](expected)
    guard want != bytes else { return }
    let gotLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let wantLines = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(gotLines.count, wantLines.count)).first { gotLines[$0] != wantLines[$0] }
        ?? min(gotLines.count, wantLines.count)
    let got = line < gotLines.count ? String(gotLines[line]) : "<end>"
    let exp = line < wantLines.count ? String(wantLines[line]) : "<end>"
    Issue.record("Golden/\(name) differs at line \(line + 1):\n  got:      \(got.debugDescription)\n  expected: \(exp.debugDescription)\n(re-record with MUNIPLAN_RECORD_GOLDEN=1 if the change is intended)",
                 sourceLocation: sourceLocation)
}

/// A fresh temporary directory, removed after `body`.
func withExportTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    // Resolve /tmp symlinks so paths compare with WritePolicy's resolved ones.
    return try body(url.resolvingSymlinksInPath().path)
}

/// The plain text of cells as a machine format writes them back.
func plainCells(_ row: Table.Row, columns: Int) -> [String] {
    (0..<columns).map { $0 < row.cells.count ? row.cells[$0].plain : "" }
}

/// Every file name in a directory, sorted.
func directoryListing(_ path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
}
