import Foundation
import MuniPlan
import Testing
import ZIPFoundation

/// `XLSXReader` on workbooks made part by part: the first sheet by the workbook's order,
/// shared and inline strings, furigana left out, cells placed by reference; and damaged or
/// hostile workbooks refused with a located error, never a crash.
@Suite("xlsx reader")
struct XLSXReaderTests {
    static let workbook = """
        <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="表紙" sheetId="2" r:id="rId2"/><sheet name="データ" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static let relations = """
        <Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>
        """
    static let strings = "<sst><si><t>コード</t></si><si><r><t>高齢</t></r><r><t>化率</t></r><rPh><t>コウレイカリツ</t></rPh></si></sst>"
    static let cover = """
        <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>\
        <row r="3"><c r="A3" t="inlineStr"><is><t>073644</t></is></c><c r="C3"><v>52.5</v></c></row></sheetData></worksheet>
        """
    static let data = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"

    static func zip(_ parts: [String: String]) throws -> [UInt8] {
        try zip(bytes: parts.mapValues { Array($0.utf8) })
    }

    /// The same for parts that need not be UTF-8.
    static func zip(bytes parts: [String: [UInt8]]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static func parts(sheet2: String = cover) -> [String: String] {
        ["xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relations, "xl/sharedStrings.xml": strings,
         "xl/worksheets/sheet1.xml": data, "xl/worksheets/sheet2.xml": sheet2]
    }

    @Test("the first sheet in the workbook's order; strings joined, furigana left out, gaps kept")
    func firstSheet() throws {
        let rows = try XLSXReader.rows(try Self.zip(Self.parts()), file: "a.xlsx", sheet: nil, limit: 1 << 20)
        #expect(rows.header == ["コード", "", "高齢化率"])
        #expect(rows.records.map(\.line) == [3])
        #expect(rows.records.map(\.fields) == [["073644", "", "52.5"]])
        let named = try XLSXReader.rows(try Self.zip(Self.parts()), file: "a.xlsx", sheet: "データ", limit: 1 << 20)
        #expect(named.header == ["x"])
    }

    @Test("a cell shown as a percentage reads as the number shown (0.315 styled 0.0% is 31.5), as its CSV would")
    func percentCells() throws {
        let styles = """
            <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="3"/></cellXfs></styleSheet>
            """
        let sheet = """
            <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>            <row r="2"><c r="A2" t="inlineStr"><is><t>073644</t></is></c><c r="B2" s="1"><v>0.315</v></c></row>            <row r="3"><c r="A3" t="inlineStr"><is><t>072010</t></is></c><c r="B3" s="2"><v>0.07</v></c></row>            <row r="4"><c r="A4" t="inlineStr"><is><t>072044</t></is></c><c r="B4" s="3"><v>1234</v></c></row></sheetData></worksheet>
            """
        var parts = Self.parts(sheet2: sheet)
        parts["xl/styles.xml"] = styles
        let rows = try XLSXReader.rows(try Self.zip(parts), file: "a.xlsx", sheet: nil, limit: 1 << 20)
        #expect(rows.records.map(\.fields) == [["073644", "31.5"], ["072010", "7"], ["072044", "1234"]])
    }

    @Test("damaged, hostile or wrong workbooks are refused at the file, saying what to do", arguments: [
        ("not a zip", "a.xlsx:1: not a readable .xlsx workbook (save it again from Excel, or as CSV)"),
        ("bad xml", "a.xlsx:1: the workbook's xl/worksheets/sheet2.xml is not well-formed XML at its line 1 (save it again from Excel)"),
        ("bad string index", "a.xlsx:1: the sheet has a bad cell or row reference A1 (save it again from Excel)"),
        ("too large", "a.xlsx:1: the workbook's xl/worksheets/sheet2.xml unpacks to more than 1 KiB (save the sheet as CSV)"),
        ("no sheet", "a.xlsx:1: no sheet 'nope' — sheets: 表紙, データ"),
        ("no workbook", "a.xlsx:1: the workbook has no xl/workbook.xml (save it again from Excel)"),
    ])
    func refused(kind: String, message: String) throws {
        var parts = Self.parts()
        var sheet: String? = nil
        switch kind {
        case "bad xml": parts["xl/worksheets/sheet2.xml"] = "<worksheet><sheetData><row>"
        case "bad string index": parts["xl/worksheets/sheet2.xml"] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>"
        case "too large": parts["xl/worksheets/sheet2.xml"] = "<worksheet>" + String(repeating: " ", count: 4096) + "</worksheet>"
        case "no sheet": sheet = "nope"
        case "no workbook": parts["xl/workbook.xml"] = nil
        default: break
        }
        var bytes = try Self.zip(parts)
        if kind == "not a zip" { bytes = Array(bytes.prefix(40)) }
        do {
            let rows = try XLSXReader.rows(bytes, file: "a.xlsx", sheet: sheet, limit: kind == "too large" ? 1 << 10 : 1 << 20)
            Issue.record("read \(rows.header)")
        } catch {
            #expect(error.description == message)
        }
    }
}
