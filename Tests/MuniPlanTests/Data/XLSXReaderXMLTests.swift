import Foundation
import MuniPlan
import Testing

/// The XML inside a workbook as libxml2 reads it for `XLSXReader`: references and CDATA give
/// the text Excel shows, prefixed names are read, other encodings are decoded; a DOCTYPE,
/// a cut-off part, an undefined entity or a broken byte is refused at its line, at once.
@Suite("xlsx reader: the parts' XML")
struct XLSXReaderXMLTests {
    static let relations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>
        """
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="S&amp;P &lt;1&gt;" sheetId="1" r:id="rId1"/><sheet name="a&amp;#38;b" sheetId="2" r:id="rId2"/></sheets></workbook>
        """
    static let strings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst><si><t>code</t></si><si><t>R&amp;D</t></si><si><r><t>&#x9AD8;&#40802;</t></r><r><t>化率</t></r></si>\
        <si><t><![CDATA[x<y & z]]></t></si></sst>
        """
    static func sheet(_ row: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
        <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>\(row)</sheetData></worksheet>
        """
    }

    static func parts(sheet: String = sheet(), workbook: String = workbook) -> [String: [UInt8]] {
        ["xl/workbook.xml": Array(workbook.utf8), "xl/_rels/workbook.xml.rels": Array(relations.utf8),
         "xl/sharedStrings.xml": Array(strings.utf8), "xl/worksheets/sheet1.xml": Array(sheet.utf8),
         "xl/worksheets/sheet2.xml": Array(Self.sheet().utf8)]
    }

    static func read(_ parts: [String: [UInt8]], sheet: String? = nil) throws -> SheetRows {
        try XLSXReader.rows(try XLSXReaderTests.zip(bytes: parts), file: "a.xlsx", sheet: sheet, limit: 1 << 24)
    }

    /// What reading `parts` says, or "read" when it reads.
    static func refusal(_ parts: [String: [UInt8]], sheet: String? = nil) -> String {
        do { _ = try read(parts, sheet: sheet); return "read" } catch { return "\(error)" }
    }

    static func xmlError(_ part: String, line: Int) -> String {
        "a.xlsx:1: the workbook's \(part) is not well-formed XML at its line \(line) (save it again from Excel)"
    }

    @Test("references and CDATA read as Excel shows them: sheet names with & and <, strings with &, a character reference, CDATA")
    func references() throws {
        let rows = try Self.read(Self.parts(sheet: Self.sheet("<row r=\"2\"><c r=\"A2\" t=\"str\"><v>a&amp;b&#x26;c</v></c></row>")))
        #expect(rows.header == ["code", "R&D", "高齢化率", "x<y & z"])
        #expect(rows.records.map(\.fields) == [["a&b&c", "", "", ""]])
        #expect(try Self.read(Self.parts(), sheet: "S&P <1>").header.first == "code")
        #expect(try Self.read(Self.parts(), sheet: "a&#38;b").header.first == "code", "a literal &#38; in a name is kept")
        #expect(Self.refusal(Self.parts(), sheet: "nope") == "a.xlsx:1: no sheet 'nope' — sheets: S&P <1>, a&#38;b")
    }

    @Test("a workbook whose elements and relation ids carry other prefixes (x:sheet, rel:id) reads")
    func prefixedWorkbook() throws {
        let workbook = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets>\
            <x:sheet name="P" sheetId="1" rel:id="rId2"/></x:sheets></x:workbook>
            """
        #expect(try Self.read(Self.parts(workbook: workbook)).header == ["code", "R&D", "高齢化率", "x<y & z"])
    }

    @Test("a part declaring Shift_JIS or saved as UTF-16 is decoded")
    func otherEncodings() throws {
        let text = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>高齢化率</t></is></c></row></sheetData></worksheet>"
        var parts = Self.parts()
        parts["xl/worksheets/sheet1.xml"] = Array(try #require(text.data(using: .shiftJIS)))
        #expect(try Self.read(parts).header == ["高齢化率"])
        let utf16 = text.replacingOccurrences(of: "Shift_JIS", with: "UTF-16")
        parts["xl/worksheets/sheet1.xml"] = [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Self.read(parts).header == ["高齢化率"])
    }

    @Test("a DOCTYPE is refused where it stands, before any entity expands or loads: billion laughs fails at once")
    func doctypeRefused() throws {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        laughs += "]>\n<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"
        let started = ContinuousClock.now
        #expect(Self.refusal(Self.parts(sheet: laughs)) == Self.xmlError("xl/worksheets/sheet1.xml", line: 2))
        #expect(ContinuousClock.now - started < .seconds(1))
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/hostname">]>
            <worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>
            """
        #expect(Self.refusal(Self.parts(sheet: external)) == Self.xmlError("xl/worksheets/sheet1.xml", line: 2))
        let plain = "<?xml version=\"1.0\"?>\n\n<!DOCTYPE worksheet>\n<worksheet><sheetData/></worksheet>"
        #expect(Self.refusal(Self.parts(sheet: plain)) == Self.xmlError("xl/worksheets/sheet1.xml", line: 3))
    }

    @Test("a cut-off part, an undefined entity, a broken UTF-8 byte, an empty part: refused at the error's line", arguments: [
        ("cut off", "xl/worksheets/sheet1.xml", 2),
        ("undefined entity", "xl/worksheets/sheet1.xml", 3),
        ("broken byte", "xl/_rels/workbook.xml.rels", 2),
        ("empty", "xl/sharedStrings.xml", 1),
    ])
    func located(kind: String, part: String, line: Int) throws {
        var parts = Self.parts()
        switch kind {
        case "cut off": parts[part] = Array(Self.sheet().utf8.prefix(120))
        case "undefined entity":
            parts[part] = Array("<worksheet>\n<sheetData>\n<row r=\"1\"><c t=\"inlineStr\"><is><t>&nope;</t></is></c></row>\n</sheetData>\n</worksheet>\n".utf8)
        case "broken byte":
            // A lone UTF-8 lead byte in an element's name, `Relationsh\xC3p` (FoundationXML's
            // XMLParser crashed on it).
            let text = Self.relations, at = try #require(text.range(of: "ship Id"))
            parts[part] = Array(text[..<at.lowerBound].utf8) + Array("sh".utf8) + [0xC3] + Array("p Id".utf8) + Array(text[at.upperBound...].utf8)
        default: parts[part] = []
        }
        #expect(Self.refusal(parts) == Self.xmlError(part, line: line))
    }

    @Test("content after the root element is left unread, as XMLParser left it")
    func afterTheRoot() throws {
        let rows = try Self.read(Self.parts(sheet: Self.sheet() + "\n<worksheet/>junk"))
        #expect(rows.header == ["code", "R&D", "高齢化率", "x<y & z"])
    }
}
