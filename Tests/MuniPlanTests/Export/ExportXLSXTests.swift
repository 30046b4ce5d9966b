import Foundation
import TestSupport
import Testing
import CXLSX
@testable import MuniPlan

/// .xlsx exports: a real workbook (a zip holding the sheet's XML), the same bytes every
/// time, cells typed as a person expects in Excel, and errors in both languages.
@Suite struct ExportXLSXTests {
    let rates = Table(name: "coverage-by-district", columns: [
        .init("district", label: "地域"), .init("bodies", label: "団体数"),
        .init("m_bodies_pct", label: "m 団体%"), .init("p_meet", label: "P(meet)"),
    ], rows: [.init([.text("県北"), .integer(8), .decimal(62.5, places: 1), .decimal(0.8123, places: 4)])])

    /// The text of one part of the workbook, by unzipping it with the system's unzip.
    func part(_ bytes: [UInt8], _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.xlsx")
        try Data(bytes).write(to: file)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["python3", "-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
                           file.path, name]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        unzip.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("two exports of a table are the same bytes, and a zip")
    func deterministic() throws {
        let first = try TableEncoder.encode(rates, as: .xlsx)
        Thread.sleep(forTimeInterval: 1.1) // a creation time taken from the clock would differ now
        let second = try TableEncoder.encode(rates, as: .xlsx)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("codes stay text, counts are numbers, rates are numbers with a % format")
    func cellTypes() {
        let columns = rates.columns
        let row = rates.rows[0]
        func cell(_ i: Int) -> XLSXCell { XLSXCell.make(row.cells[i], column: columns[i], percentRow: false) }
        #expect(XLSXCell.make(.text("072010"), column: .init("code"), percentRow: false) == .text("072010"))
        #expect(XLSXCell.make(.text("FY2022"), column: .init("fy"), percentRow: false) == .text("FY2022"))
        #expect(cell(1) == .number(8, .integer))
        #expect(cell(2) == .number(0.625, .percent(places: 1)))
        #expect(cell(3) == .number(0.8123, .percent(places: 2)))
        #expect(XLSXCell.make(.decimal(40, places: 1), column: .init("target"), percentRow: true) == .number(0.4, .percent(places: 1)))
        #expect(XLSXCell.make(.decimal(2.5, places: 2), column: .init("mean"), percentRow: false) == .number(2.5, .decimal(places: 2)))
        // 達成率 is a percentage whatever the KPI counts: advisor's 3 of 22 is 13.6%, not 13.6.
        #expect(XLSXCell.make(.decimal(13.6, places: 1), column: .init("achievement"), percentRow: false) == .number(0.136, .percent(places: 1)))
        #expect(XLSXCell.make(.decimal(13.6, places: 1), column: .init("案A_achievement"), percentRow: false) == .number(0.136, .percent(places: 1)))
        #expect(XLSXCell.make(.decimal(3, places: 1), column: .init("案A_actual"), percentRow: false) == .number(3, .decimal(places: 1)))
        #expect(XLSXNumberFormat.percent(places: 1).code == "0.0%")
        #expect(XLSXNumberFormat.integer.code == "#,##0")
        #expect(cell(2).shown == "62.5%")
    }

    @Test("the sheet holds the header in bold, frozen, filtered, with the Japanese font")
    func sheetLayout() throws {
        let bytes = try TableEncoder.encode(rates, as: .xlsx, options: .init(sheetName: "地域別実施状況"))
        let sheet = try part(bytes, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:D2\"/>"))
        #expect(sheet.contains("<v>0.625</v>"))
        let styles = try part(bytes, "xl/styles.xml")
        #expect(styles.contains("游ゴシック") && styles.contains("<b/>") && styles.contains("formatCode=\"0.0%\""))
        #expect(try part(bytes, "xl/workbook.xml").contains("name=\"地域別実施状況\""))
        #expect(try part(bytes, "xl/sharedStrings.xml").contains("県北"))
    }

    @Test("sheet names keep to Excel's rules and stay unique")
    func sheetNames() {
        #expect(SheetName.make("a/b[c]:d*e?f\\g", taken: []) == "a_b_c__d_e_f_g")
        #expect(SheetName.make(String(repeating: "配", count: 40), taken: []).count == 31)
        #expect(SheetName.make("'quoted'", taken: []) == "quoted")
        #expect(SheetName.make("KPI", taken: ["kpi"]) == "KPI (2)")
        #expect(SheetName.make("", taken: []) == "Sheet")
        let table = Table(name: "coverage", columns: [], rows: [])
        #expect(WorkbookSheetName.of(table, in: .japanese) == "実施状況")
        #expect(WorkbookSheetName.of(Table(name: "allocation", columns: [], rows: []), detail: "advisor", in: .japanese) == "配分 advisor")
        #expect(WorkbookSheetName.of(Table(name: "other", columns: [], rows: []), in: .japanese) == "other")
    }

    @Test("a text too long for a cell is refused, naming the cell, in both languages")
    func tooLong() {
        let table = Table(name: "t", columns: [.init("note")], rows: [.init([.text(String(repeating: "x", count: 40_000))])])
        #expect(throws: ExportError.workbook(.cellTooLong(sheet: "t", row: 1, column: "note"))) {
            try TableEncoder.encode(table, as: .xlsx)
        }
        let error = XLSXError.cellTooLong(sheet: "t", row: 1, column: "note")
        #expect(error.description == "cannot make the workbook: sheet t, row 1, column note holds more than the 32,767 characters an Excel cell can")
        #expect(error.message.text(in: .japanese)
            == "ワークブックを作成できません：シート「t」の1行目、列 note が Excel のセルの上限（32,767文字）を超えています")
    }

    @Test("libxlsxwriter's errors and a missing temporary folder become catalogue messages")
    func libraryErrors() throws {
        let error = XLSXWriter.libraryError(LXW_ERROR_CREATING_XLSX_FILE)
        #expect(error.description.hasPrefix("cannot make the workbook: libxlsxwriter error 2: "))
        #expect(error.message.text(in: .japanese).hasPrefix("ワークブックを作成できません：libxlsxwriter のエラー 2（"))
        let folder = XLSXError.temporaryFolder(folder: "/nowhere", code: ENOENT)
        #expect(folder.message.text(in: .japanese)
            == "ワークブックを作成できません：/nowhere に作業用の一時フォルダーを用意できません（No such file or directory）")
        #expect(throws: ExportError.notText(.xlsx)) { try TableEncoder.text(rates, as: .xlsx) }
        #expect(ExportError.notText(.xlsx).description == "xlsx files are not text")
    }

    @Test("the sources sheet: each source's attribution, the plan, licence texts, the scenario, headed in the language")
    func sources() throws {
        let dataset = try bundledDataset()
        let sources = Attribution.bundled(dataset: dataset, japancodeLicenceText: "MIT License\n…")
        let table = SourcesTable.make(sources: sources, scenario: ["reset", "assign advisor 073644"], language: .japanese)
        #expect(table.columns.map(\.label) == ["項目", "出典", "詳細"])
        let first = table.rows.map { $0.cells[0] }
        #expect(first.contains(.text("事業・項目・指標")) && first.contains(.text("japancode 0.1.0 の使用許諾")))
        #expect(table.rows.filter { $0.cells[1] == .text(dataset.source) }.count == 1, "the plan once")
        #expect(table.rows.suffix(2).map(\.cells) == [[.text("シナリオ 1行目"), .text("reset"), .empty],
                                                    [.text("シナリオ 2行目"), .text("assign advisor 073644"), .empty]])
        #expect(table.rows.contains { $0.cells[1] == .text("「国土数値情報（行政区域データ）」（国土交通省）を加工して作成") })
        #expect(WorkbookSheetName.of(table, in: .japanese) == "出典")
        #expect(WorkbookSheetName.of(table, in: .english) == "sources")
    }

    @Test("CSV for Excel keeps codes' leading zeros: with --excel, and in every CP932 export")
    func csvForExcelKeepsZeros() throws {
        let table = Table(name: "bodies", columns: [.init("code"), .init("population")],
                          rows: [.init([.text("072010"), .integer(282_802)])])
        #expect(try TableEncoder.text(table, as: .csv) == "code,population\n072010,282802\n")
        let cp932 = try TableEncoder.encode(table, as: .csv, options: .init(encoding: .cp932))
        let kept = #""=""072010""",282802"# // the field ="072010", quoted as RFC 4180 quotes it
        #expect(CP932.decode(cp932) == "code,population\n" + kept + "\n")
        let excel = try TableEncoder.encode(table, as: .csv, options: .init(excel: true, encoding: .cp932))
        #expect(CP932.decode(excel) == "code,population\r\n" + kept + "\r\n")
    }
}
