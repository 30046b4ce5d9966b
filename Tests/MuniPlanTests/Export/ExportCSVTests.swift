import Foundation
import Testing
@testable import MuniPlan

/// CSV and TSV: parse back, Excel form, formula injection.
@Suite("Export CSV and TSV")
struct ExportCSVTests {
    /// What a machine format writes for a cell: the plain value, neutralised.
    private func expectedFields(_ row: Table.Row) -> [String] {
        plainCells(row, columns: exportFixtureTable.columns.count).enumerated().map { i, plain in
            FormulaGuard.field(i < row.cells.count ? row.cells[i] : .empty)
        }
    }

    @Test func parsesBackToTheSameCells() throws {
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .csv)
        let parsed = try CSVTable(bytes: bytes, file: "fixture.csv")
        #expect(parsed.header == exportFixtureTable.columns.map(\.id))
        #expect(parsed.records.count == exportFixtureTable.records.count, "subtotal and total rows are left out")
        for (record, row) in zip(parsed.records, exportFixtureTable.records) {
            #expect(record.fields == expectedFields(row))
            // Without the neutralising apostrophe, every field is the cell's plain value.
            let unguarded = zip(record.fields, row.cells).map { field, cell in
                if case let .text(text) = cell, FormulaGuard.needsPrefix(text) { return String(field.dropFirst()) }
                return field
            }
            #expect(unguarded == plainCells(row, columns: exportFixtureTable.columns.count))
        }
    }

    @Test func plainCSVHasNoBOMAndNoCR() throws {
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .csv)
        #expect(!bytes.starts(with: TableEncoder.utf8BOM))
        #expect(!bytes.contains(0x0D))
        #expect(bytes.last == 0x0A)
    }

    @Test func excelHasOneBOMAndCRLFLineEnds() throws {
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .csv, options: .init(excel: true))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(!Array(bytes.dropFirst(3)).starts(with: TableEncoder.utf8BOM), "exactly one BOM")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        // One CRLF per record plus the header; the only bare LF is inside the quoted field.
        #expect(text.components(separatedBy: "\r\n").count - 1 == exportFixtureTable.records.count + 1)
        #expect(text.hasSuffix("\r\n"))
        let bareLF = zip(bytes.dropFirst(3).dropLast(), bytes.dropFirst(4)).filter { $0.0 != 0x0D && $0.1 == 0x0A }.count
        #expect(bareLF == 1, "line1\\nline2 keeps its LF inside quotes")
        let parsed = try CSVTable(bytes: bytes, file: "fixture.csv")
        #expect(parsed.header == exportFixtureTable.columns.map(\.id))
        // Codes with a leading zero are written ="072010" so Excel keeps them as text.
        let expected = exportFixtureTable.records.map(expectedFields).map { fields in
            fields.map { CSVTableEncoder.isZeroLedDigits($0) ? "=\"\($0)\"" : $0 }
        }
        #expect(parsed.records.map(\.fields) == expected)
        #expect(parsed.records.first?.fields.first == "=\"072010\"")
    }

    @Test func excelTSVHasBOMAndCRLF() throws {
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .tsv, options: .init(excel: true))
        #expect(bytes.starts(with: TableEncoder.utf8BOM))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.components(separatedBy: "\r\n").count - 1 == exportFixtureTable.records.count + 1)
    }

    @Test func excelCP932HasCRLFButNoBOM() throws {
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .csv, options: .init(excel: true, encoding: .cp932))
        #expect(!bytes.starts(with: TableEncoder.utf8BOM))
        #expect(bytes.starts(with: Array("code,name".utf8)))
        #expect(Array(bytes.suffix(2)) == [0x0D, 0x0A])
    }

    @Test func tsvFieldsHoldNoTabsOrLineBreaks() throws {
        let text = try TableEncoder.text(exportFixtureTable, as: .tsv)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == exportFixtureTable.records.count + 1)
        for line in lines {
            #expect(line.filter { $0 == "\t" }.count == exportFixtureTable.columns.count - 1, "\(line)")
            #expect(!line.contains("\r"))
        }
        #expect(lines.contains { $0.contains("line1 line2") })
        #expect(lines.contains { $0.contains("'@user x") })
        #expect(TSVTableEncoder.flattened("a\r\nb\rc\nd\te") == "a b c d e")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(CSVTableEncoder.quoted("plain") == "plain")
        #expect(CSVTableEncoder.quoted("a,b") == "\"a,b\"")
        #expect(CSVTableEncoder.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTableEncoder.quoted("a\nb") == "\"a\nb\"")
        #expect(CSVTableEncoder.quoted("a\rb") == "\"a\rb\"")
        #expect(CSVTableEncoder.quoted("福島市") == "福島市")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\r\n=1", "'\r\n=1"), ("=", "'="), ("+81-3-1234", "'+81-3-1234"),
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        // Left alone: ordinary text, a lone dash placeholder, plain signed numbers.
        ("a=b", "a=b"), ("福島市", "福島市"), ("-", "-"), ("-3", "-3"), ("+1.5", "+1.5"), ("", ""),
    ])
    func textCellsAreNeutralised(input: String, expected: String) {
        #expect(FormulaGuard.field(.text(input)) == expected)
    }

    @Test func numericCellsAreNeverNeutralised() throws {
        #expect(FormulaGuard.field(.integer(-3)) == "-3")
        #expect(FormulaGuard.field(.decimal(-1.5, places: 1)) == "-1.5")
        let table = Table(name: "t", columns: [.init("a"), .init("b")],
                          rows: [.init([.integer(-3), .text("=cmd|' /C calc'!A0")])])
        let csv = try TableEncoder.text(table, as: .csv)
        #expect(csv == "a,b\n-3,'=cmd|' /C calc'!A0\n")
        let tsv = try TableEncoder.text(table, as: .tsv)
        #expect(tsv == "a\tb\n-3\t'=cmd|' /C calc'!A0\n")
    }

    @Test func shortRowsArePaddedWithEmptyFields() throws {
        let table = Table(name: "t", columns: [.init("a"), .init("b"), .init("c")], rows: [.init([.text("x")])])
        #expect(try TableEncoder.text(table, as: .csv) == "a,b,c\nx,,\n")
    }
}
