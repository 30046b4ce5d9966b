import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// CP932 (Windows-31J) exports: mapped characters, round trips, located errors.
@Suite("Export CP932")
struct ExportCP932Tests {
    /// The `name` column of Data/bodies.csv, read through this file's path.
    private func bundledNames() throws -> [String] {
        let url = bundledDataDirectory.appendingPathComponent("bodies.csv")
        let data = try #require(FileManager.default.contents(atPath: url.path), "cannot read \(url.path)")
        let csv = try CSVTable(bytes: [UInt8](data), file: "bodies.csv")
        let column = try #require(csv.column("name"))
        return csv.records.map { $0.fields[column] }
    }

    @Test func allBodyNamesRoundTrip() throws {
        let names = try bundledNames()
        #expect(names.count == 60)
        for name in names {
            let bytes = try #require(CP932.bytes(name), "\(name) has no CP932 form")
            #expect(CP932.decode(bytes) == name)
        }
        let table = Table(name: "bodies", columns: [.init("name")], rows: names.map { .init([.text($0)]) })
        let bytes = try TableEncoder.encode(table, as: .csv, options: .init(encoding: .cp932))
        let text = try #require(CP932.decode(bytes))
        let parsed = try CSVTable(bytes: Array(text.utf8), file: "cp932.csv")
        #expect(parsed.records.map { $0.fields[0] } == names)
    }

    @Test func lookalikesAreMappedNotLost() throws {
        let bytes = try #require(CP932.bytes("〜−‖¢£¬"))
        #expect(CP932.decode(bytes) == "～－∥￠￡￢")
        let table = Table(name: "t", columns: [.init("a")], rows: [.init([.text("10〜20")])])
        let out = try TableEncoder.encode(table, as: .csv, options: .init(encoding: .cp932))
        #expect(CP932.decode(out) == "a\n10～20\n")
        #expect(!out.contains(UInt8(ascii: "?")))
    }

    @Test func unmappableCharacterNamesRowAndColumn() {
        var rows = exportFixtureTable.rows
        rows[1] = .init([.text("072028"), .text("会津若松市"), .text("祝🎉"), .integer(1), .empty])
        let table = Table(name: "coverage", columns: exportFixtureTable.columns, rows: rows)
        #expect(throws: ExportError.unencodableCharacter("🎉", encoding: "CP932", row: 2, column: "note")) {
            try TableEncoder.encode(table, as: .csv, options: .init(encoding: .cp932))
        }
        let message = ExportError.unencodableCharacter("🎉", encoding: "CP932", row: 2, column: "note").description
        #expect(message.contains("U+1F389"))
        #expect(message.contains("row 2"))
        #expect(message.contains("column note"))
        #expect(CP932.firstUnencodable(in: "abc🎉d") == "🎉")
        #expect(CP932.firstUnencodable(in: "福島〜") == nil)
    }

    @Test func rowsAreCountedAsTheFormatWritesThem() {
        // Markdown keeps subtotal rows, so a bad character in the total is row 10 there.
        var rows = exportFixtureTable.rows
        rows[9] = .init([.empty, .text("計 ☃"), .empty, .integer(0), .empty], kind: .total)
        let table = Table(name: "coverage", columns: exportFixtureTable.columns, rows: rows)
        #expect(throws: ExportError.unencodableCharacter("☃", encoding: "CP932", row: 10, column: "name")) {
            try TableEncoder.encode(table, as: .markdown, options: .init(encoding: .cp932))
        }
        // CSV leaves the total out, so the same table encodes.
        #expect(throws: Never.self) { try TableEncoder.encode(table, as: .csv, options: .init(encoding: .cp932)) }
    }

    @Test func headerLabelsAreChecked() {
        let table = Table(name: "t", columns: [.init("a", label: "ラベル😀")], rows: [])
        #expect(throws: ExportError.unencodableCharacter("😀", encoding: "CP932", row: 0, column: "a")) {
            try TableEncoder.encode(table, as: .markdown, options: .init(encoding: .cp932))
        }
    }

    @Test(arguments: [ExportFormat.json, .html, .xlsx])
    func cp932DoesNotApplyToUTF8OnlyFormats(format: ExportFormat) {
        #expect(throws: ExportError.optionNotApplicable(option: "--encoding cp932", format: format)) {
            try TableEncoder.encode(exportFixtureTable, as: format, options: .init(encoding: .cp932))
        }
    }

    @Test func encodingNames() {
        #expect(ExportOptions.Encoding(name: "UTF-8") == .utf8)
        #expect(ExportOptions.Encoding(name: "cp932") == .cp932)
        #expect(ExportOptions.Encoding(name: "Shift_JIS") == .cp932)
        #expect(ExportOptions.Encoding(name: "latin1") == nil)
    }
}
