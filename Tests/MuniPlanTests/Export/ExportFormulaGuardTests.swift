import Foundation
import Testing
@testable import MuniPlan

/// Formulas stay text in every spreadsheet format and encoding, whatever is in front of them.
@Suite("Export formula guard")
struct ExportFormulaGuardTests {
    private func table(_ cells: [String]) -> Table {
        Table(name: "bodies", columns: [.init("name")], rows: cells.map { .init([.text($0)]) })
    }

    /// The fields of the one column, as a spreadsheet would read the file.
    private func fields(_ bytes: [UInt8], cp932: Bool) throws -> [String] {
        let text = try #require(cp932 ? CP932.decode(bytes) : String(decoding: bytes, as: UTF8.self))
        return try CSVTable(bytes: Array(text.utf8), file: "x.csv").records.map { $0.fields[0] }
    }

    @Test("an invisible character before = is looked through: the cell is prefixed in UTF-8")
    func invisibleInFront() throws {
        for invisible in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{034F}", "\u{FE0F}"] {
            #expect(FormulaGuard.needsPrefix(invisible + "=1+1"), "U+\(String(invisible.unicodeScalars.first!.value, radix: 16))")
            #expect(FormulaGuard.needsPrefix(invisible + "-3"), "an invisible character makes -3 no plain number")
            let bytes = try TableEncoder.encode(table([invisible + "=1+1"]), as: .csv)
            #expect(try fields(bytes, cp932: false) == ["'" + invisible + "=1+1"])
        }
    }

    @Test("CP932 refuses characters its converter would drop or hang on, naming them (was: \\u200b=1+1 became the live =1+1; a + U+200B never returned)")
    func cp932RefusesDroppedCharacters() throws {
        for invisible in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{034F}", "\u{FE0F}"] {
            let scalar = invisible.unicodeScalars.first!
            #expect(CP932.bytes("a" + invisible + "b") == nil)
            #expect(CP932.bytes("あ" + invisible) == nil)
            // A joiner or selector belongs to the character before it: the message names both.
            #expect(CP932.firstUnencodable(in: "a" + invisible + "b")?.unicodeScalars.contains(scalar) == true)
            for format in [ExportFormat.csv, .tsv, .markdown] {
                do {
                    let bytes = try TableEncoder.encode(table([invisible + "=1+1"]), as: format, options: .init(encoding: .cp932))
                    Issue.record("\(format) wrote \(bytes.count) bytes")
                } catch let error {
                    guard case let .unencodableCharacter(c, _, row, column) = error else {
                        Issue.record("\(error)"); continue
                    }
                    #expect(c.unicodeScalars.contains(scalar))
                    #expect(row == 1 && column == "name")
                    #expect(error.description.contains("U+"))
                }
            }
        }
    }

    @Test("controls the converter maps to other controls are refused, not shuffled")
    func controlsRoundTrip() {
        #expect(CP932.bytes("a\u{1A}") == nil)
        #expect(CP932.bytes("a\u{7F}") == nil)
        #expect(CP932.bytes("檜枝岐村") != nil)
    }

    @Test("full-width ＝＋－＠ start a formula as the ASCII ones do, in UTF-8 and CP932")
    func fullWidthTriggers() throws {
        let cells = ["＝1+1", "＋1", "－1", "＠SUM(A1)", "=1", "＝", "名前", "-", "-3"]
        let expected = ["'＝1+1", "'＋1", "'－1", "'＠SUM(A1)", "'=1", "'＝", "名前", "-", "-3"]
        for cp932 in [false, true] {
            let options = ExportOptions(encoding: cp932 ? .cp932 : .utf8)
            #expect(try fields(try TableEncoder.encode(table(cells), as: .csv, options: options), cp932: cp932) == expected)
            let tsv = try TableEncoder.encode(table(cells), as: .tsv, options: options)
            let lines = try #require(cp932 ? CP932.decode(tsv) : String(decoding: tsv, as: UTF8.self)).split(separator: "\n")
            #expect(lines.dropFirst().map(String.init) == expected)
        }
    }

    @Test("the guard runs after CP932's mapping: a minus sign − that becomes － is prefixed")
    func guardAfterMapping() throws {
        let bytes = try TableEncoder.encode(table(["−1+1", "〜=1"]), as: .csv, options: .init(encoding: .cp932))
        #expect(try fields(bytes, cp932: true) == ["'－1+1", "～=1"])
        // In UTF-8 the minus sign stays as typed: no spreadsheet reads it as a formula.
        #expect(try fields(try TableEncoder.encode(table(["−1+1"]), as: .csv), cp932: false) == ["−1+1"])
    }
}
