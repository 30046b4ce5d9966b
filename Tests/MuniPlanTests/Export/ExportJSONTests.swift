import Foundation
import Testing
@testable import MuniPlan

/// JSON exports decode into the documented schema type.
@Suite("Export JSON")
struct ExportJSONTests {
    @Test func decodesIntoExportDocument() throws {
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .json)
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(bytes))
        #expect(document == ExportDocument(exportFixtureTable))
        #expect(document.schema == "muniplan.coverage/2")
        #expect(document.sources == [], "no sources given: an empty list, the key still there")
        #expect(document.title == exportFixtureTable.title)
        #expect(document.columns.map(\.id) == ["code", "name", "note", "count", "share"])
        #expect(document.rows.count == 8, "no subtotal or total rows")
        #expect(document.rows[0]["code"] == .string("072010"), "codes stay strings")
        #expect(document.rows[1]["count"] == .integer(-3))
        #expect(document.rows[0]["share"] == .number(62.5))
        #expect(document.rows[3]["share"] == .null)
        #expect(document.rows[4]["share"] == .number(33.3), "fixed decimals, not 33.333")
        #expect(document.notes == exportFixtureTable.footer)
        #expect(ExportDocument.parseSchema(document.schema)?.name == "coverage")
        #expect(ExportDocument.parseSchema(document.schema)?.version == 2)
    }

    @Test func textIsPrettyWithKeysInDocumentedOrder() throws {
        let text = try TableEncoder.text(exportFixtureTable, as: .json)
        #expect(text.hasPrefix("{\n  \"schema\": \"muniplan.coverage/2\",\n  \"title\": "))
        let keys = ["\"schema\"", "\"title\"", "\"columns\"", "\"rows\"", "\"notes\"", "\"sources\""]
        let positions = try keys.map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.contains("      \"code\": \"072010\",\n      \"name\": \"福島市\",\n      \"note\": \"a, b\",\n      \"count\": 3,\n      \"share\": 62.5\n"))
        #expect(text.contains("\"note\": \"line1\\nline2\""))
        #expect(text.contains("\"note\": \"@user\\tx\""), "JSON is not a spreadsheet: no apostrophes")
        #expect(!text.contains("県北 小計"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func emptyTableAndMissingTitle() throws {
        let table = Table(name: "kpi", columns: [.init("id")], rows: [])
        let text = try TableEncoder.text(table, as: .json)
        #expect(text.contains("\"title\": null"))
        #expect(text.contains("\"rows\": []"))
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(text.utf8))
        #expect(document.rows.isEmpty)
        #expect(document.title == nil)
    }

    @Test func nonFiniteNumbersAreNull() throws {
        let table = Table(name: "t", columns: [.init("x")], rows: [.init([.decimal(.nan, places: 1)])])
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(try TableEncoder.encode(table, as: .json)))
        #expect(document.rows[0]["x"] == .null)
    }

    @Test func duplicateColumnIDsAreRefused() {
        let table = Table(name: "t", columns: [.init("a"), .init("a")], rows: [])
        #expect(throws: ExportError.duplicateColumnID("a")) { try TableEncoder.encode(table, as: .json) }
    }

    @Test func stringEscapes() {
        #expect(JSONTableEncoder.quoted("a\"b\\c\u{01}\u{7F}é") == "\"a\\\"b\\\\c\\u0001\\u007fé\"")
    }

    @Test("JSON exports write hidden characters as \\u escapes, so the file is safe to show")
    func hiddenCharactersAsEscapes() throws {
        let table = Table(name: "t", columns: [.init("name")], rows: [Table.Row([.text("a\u{1B}b\u{202E}c\u{9B}")])])
        let text = try TableEncoder.text(table, as: .json)
        #expect(text.contains(#""a\u001bb\u202ec\u009b""#), "\(text)")
        #expect(VisibleText.firstHidden(in: text.replacingOccurrences(of: "\n", with: "")) == nil)
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(text.utf8))
        #expect(document.rows.first?["name"] == .string("a\u{1B}b\u{202E}c\u{9B}"))
    }

    @Test func sourcesAreWrittenAndDecoded() throws {
        let sources = [Attribution(part: .codes, attribution: "japancode 0.1.0", detail: "MIT", licenceText: "line1\nline2")]
        let text = try TableEncoder.text(exportFixtureTable, as: .json, sources: sources)
        #expect(text.contains("  \"sources\": [\n    {\n      \"id\": \"codes\",\n      \"subject\": \"codes, names, readings and office positions\",\n"))
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(text.utf8))
        #expect(document == ExportDocument(exportFixtureTable, sources: sources))
        #expect(document.sources?.first?.licenceText == "line1\nline2")
        // A version 1 document (no sources) still decodes.
        let old = text.replacingOccurrences(of: "muniplan.coverage/2", with: "muniplan.coverage/1")
            .replacingOccurrences(of: #"(?s),\n  "sources": \[.*\]\n\}"#, with: "\n}", options: .regularExpression)
        #expect(try JSONDecoder().decode(ExportDocument.self, from: Data(old.utf8)).sources == nil)
    }
}
