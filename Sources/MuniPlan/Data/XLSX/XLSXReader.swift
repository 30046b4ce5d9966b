import Foundation
import ZIPFoundation

/// The cells of one sheet of an .xlsx workbook, as rows (`SheetRows`, a record's line is
/// its sheet row). The workbook is untrusted input: it is read from bytes already read
/// under the file policy (never a path), each part is unpacked only up to `limit` bytes
/// whatever its header claims, and a malformed zip or XML is a located error, not a crash.
public enum XLSXReader {
    /// The ZIP signature every .xlsx starts with.
    public static func isWorkbook(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// The first sheet in the workbook's order, or the one named `sheet`.
    public static func rows(_ bytes: [UInt8], file: String, sheet: String?, limit: Int) throws(DataError) -> SheetRows {
        func refuse(_ what: Message) -> DataError { DataError(file: file, line: 1, what) }
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw refuse(Message.IndicatorsFile.notXlsx)
        }
        var budget = limit
        func part(_ path: String) throws(DataError) -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= UInt64(budget) else {
                throw refuse(Message.IndicatorsFile.xlsxTooLarge(part: path, limit: InputLimits.size(limit)))
            }
            var data = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    // The header's size may lie: count what really comes out.
                    guard data.count + chunk.count <= budget else { throw PartTooLarge() }
                    data.append(chunk)
                }
            } catch is PartTooLarge {
                throw refuse(Message.IndicatorsFile.xlsxTooLarge(part: path, limit: InputLimits.size(limit)))
            } catch {
                throw refuse(Message.IndicatorsFile.xlsxDamaged(part: path))
            }
            budget -= data.count
            return data
        }
        func parse(_ path: String, _ handler: XLSXPartParser) throws(DataError) {
            guard let data = try part(path) else { throw refuse(Message.IndicatorsFile.xlsxPartMissing(part: path)) }
            let outcome = SAXReading.read(data, into: handler)
            if let failure = handler.failure { throw refuse(failure) }
            switch outcome {
            case .parsed, .stopped: break
            case .malformed(let line): throw refuse(Message.IndicatorsFile.xlsxXml(part: path, line: line))
            case .unavailable: throw refuse(Message.XlsxReader.libxml2Missing)
            }
        }
        let workbook = WorkbookPart()
        try parse("xl/workbook.xml", workbook)
        let relations = RelationsPart()
        try parse("xl/_rels/workbook.xml.rels", relations)
        guard let chosen = sheet.map({ name in workbook.sheets.first { $0.name == name } }) ?? workbook.sheets.first else {
            let names = MessageList(workbook.sheets.map(\.name))
            throw refuse(sheet.map { Message.IndicatorsFile.noSuchSheet(sheet: $0, sheets: names) } ?? Message.IndicatorsFile.noSheets)
        }
        guard let target = relations.targets[chosen.relation] else {
            throw refuse(Message.IndicatorsFile.xlsxPartMissing(part: chosen.relation))
        }
        let strings = SharedStringsPart()
        if archive["xl/sharedStrings.xml"] != nil { try parse("xl/sharedStrings.xml", strings) }
        let styles = StylesPart()
        if archive["xl/styles.xml"] != nil { try parse("xl/styles.xml", styles) }
        let cells = SheetPart(strings: strings.strings, percentStyles: styles.percentStyles)
        try parse(target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target, cells)
        let rows = cells.rows.filter { !$0.fields.allSatisfy(\.isEmpty) }
        guard let head = rows.first else { throw refuse(Message.Data.emptyCsv) }
        let header = head.fields.map { $0.trimmingWhitespace() }
        let records = rows.dropFirst().map { row in
            CSVTable.Record(line: row.line, fields: row.fields.count < header.count
                ? row.fields + Array(repeating: "", count: header.count - row.fields.count) : row.fields)
        }
        return SheetRows(file: file, header: header, records: records)
    }

    private struct PartTooLarge: Error {}
}
