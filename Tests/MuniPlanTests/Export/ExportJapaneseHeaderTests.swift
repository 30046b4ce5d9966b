import Testing
@testable import MuniPlan

/// A CSV or TSV exported in Japanese has the labels a person reads as its header; in
/// English the ASCII ids; JSON keys are ids in both.
@Suite("Export headers in Japanese")
struct ExportJapaneseHeaderTests {
    let japanese = ExportOptions(language: .japanese)

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("CSV: Japanese labels as the header in Japanese, ids in English")
    func csvHeader() throws {
        let ja = text(try TableEncoder.encode(exportFixtureTable, as: .csv, options: japanese))
        #expect(ja.split(separator: "\n").first == "団体コード,名称,備考,件数,割合(%)")
        let en = text(try TableEncoder.encode(exportFixtureTable, as: .csv))
        #expect(en.split(separator: "\n").first == "code,name,note,count,share")
        #expect(ja.split(separator: "\n").dropFirst() == en.split(separator: "\n").dropFirst(), "only the header changes")
    }

    @Test("TSV and CSV for Excel in CP932 take the Japanese header too")
    func tsvAndCP932() throws {
        let tsv = text(try TableEncoder.encode(exportFixtureTable, as: .tsv, options: japanese))
        #expect(tsv.hasPrefix("団体コード\t名称\t備考\t件数\t割合(%)\n"))
        let options = ExportOptions(excel: true, encoding: .cp932, language: .japanese)
        let bytes = try TableEncoder.encode(exportFixtureTable, as: .csv, options: options)
        #expect(CP932.bytes("団体コード,名称,備考,件数,割合(%)\r\n").map { bytes.starts(with: $0) } == true)
    }

    @Test("a label CP932 cannot hold is refused in Japanese, naming the header")
    func cp932Label() {
        let table = Table(name: "t", title: nil, columns: [.init("code", label: "コード😀")], rows: [.init([.text("1")])], footer: [])
        #expect(throws: ExportError.unencodableCharacter("😀", encoding: "CP932", row: 0, column: "code")) {
            try TableEncoder.encode(table, as: .csv, options: ExportOptions(encoding: .cp932, language: .japanese))
        }
        #expect(throws: Never.self) { try TableEncoder.encode(table, as: .csv, options: ExportOptions(encoding: .cp932)) }
        let error = ExportError.unencodableCharacter("😀", encoding: "CP932", row: 0, column: "code")
        #expect(error.message.text(in: .japanese) == "文字「😀」（U+1F600）はCP932で書けません：見出し、列 code（--encoding utf-8 を指定してください）")
    }

    @Test("a label that would start a formula is neutralised like a cell")
    func formulaLabel() throws {
        let table = Table(name: "t", title: nil, columns: [.init("x", label: "=1+1")], rows: [], footer: [])
        let csv = text(try TableEncoder.encode(table, as: .csv, options: japanese))
        #expect(csv == FormulaGuard.neutralise("=1+1") + "\n")
        #expect(csv != "=1+1\n")
    }

    @Test("JSON is the same in both languages")
    func jsonUnchanged() throws {
        #expect(try TableEncoder.encode(exportFixtureTable, as: .json, options: japanese)
                == TableEncoder.encode(exportFixtureTable, as: .json))
    }
}
