/// Turns a `Table` into the bytes of an export file. Pure and deterministic: the same
/// table and options give the same bytes.
///
/// - CSV, TSV: UTF-8 with LF line ends; `excel` adds a UTF-8 BOM and uses CRLF. CSV for
///   Excel (`excel`, or any CP932) writes zero-led codes as `="072010"`.
/// - Markdown: UTF-8 (or CP932), LF.
/// - JSON, HTML: always UTF-8 and LF (JSON requires UTF-8; the HTML declares it).
/// - XLSX: a workbook of the table's sheet and, given sources, a sources sheet (`XLSXWriter`);
///   its strings are UTF-8 by definition.
/// - CP932 applies to CSV, TSV and Markdown; a character it cannot hold is an error
///   naming the character, the row and the column.
public enum TableEncoder {
    public static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func encode(_ table: Table, as format: ExportFormat,
                              options: ExportOptions = .standard) throws(ExportError) -> [UInt8] {
        if options.excel, format != .csv, format != .tsv {
            throw ExportError.optionNotApplicable(option: "--excel", format: format)
        }
        if options.encoding == .cp932, format == .json || format == .html || format == .xlsx {
            throw ExportError.optionNotApplicable(option: "--encoding cp932", format: format)
        }
        if format == .xlsx {
            var sheets = [WorkbookSheet(name: options.sheetName ?? WorkbookSheetName.of(table, in: .english), table: table)]
            // A workbook is for people, who pass it on: the data's sources go with it on a
            // second sheet (出典), as in `export workbook`. CSV and TSV stay pure data.
            if !options.sources.isEmpty { sheets.append(SourcesTable.sheet(options.sources, language: options.language)) }
            do { return try XLSXWriter.bytes(sheets) } catch { throw .workbook(error) }
        }
        switch options.encoding {
        case .utf8:
            let text = try self.text(table, as: format, lineEnding: options.excel ? .crlf : .lf, excel: options.excel,
                                     language: options.language, sources: options.sources)
            return (options.excel ? utf8BOM : []) + Array(text.utf8)
        case .cp932:
            try checkCP932(table, as: format, language: options.language)
            // The guard runs on the text as CP932 holds it: mapping may not bring a formula back.
            // CP932 is read by Japanese Excel whatever was asked: codes keep their leading zeros.
            let text = try self.text(CP932.mapped(table), as: format, lineEnding: options.excel ? .crlf : .lf,
                                     excel: true, language: options.language, sources: options.sources)
            guard let bytes = CP932.bytes(text) else {
                // The cells passed, so the culprit is in text the encoder added.
                let c = CP932.firstUnencodable(in: text) ?? "?"
                throw ExportError.unencodableCharacter(c, encoding: "CP932", row: 0, column: "-")
            }
            return bytes
        }
    }

    /// The export as text, before encoding. `language` chooses the CSV and TSV header.
    /// `sources`: JSON, Markdown and HTML carry them; CSV and TSV stay pure data.
    public static func text(_ table: Table, as format: ExportFormat, lineEnding: LineEnding = .lf, excel: Bool = false,
                            language: Language = .english, sources: [Attribution] = []) throws(ExportError) -> String {
        switch format {
        case .csv: CSVTableEncoder.text(table, lineEnding: lineEnding, excel: excel, language: language)
        case .tsv: TSVTableEncoder.text(table, lineEnding: lineEnding, language: language)
        case .markdown: MarkdownTableEncoder.text(table, lineEnding: lineEnding, sources: sources, language: language)
        case .json: try JSONTableEncoder.text(table, sources: sources)
        case .html: HTMLTableRenderer.document(table, sources: sources, sourcesLanguage: language)
        case .xlsx: throw ExportError.notText(.xlsx)
        }
    }

    /// Throws for the first text a format writes that CP932 cannot hold. Rows are numbered
    /// as the format writes them from 1 (machine formats skip subtotals); the header,
    /// title and footer count as row 0.
    static func checkCP932(_ table: Table, as format: ExportFormat, language: Language = .english) throws(ExportError) {
        func check(_ text: String, row: Int, column: String) throws(ExportError) {
            if let c = CP932.firstUnencodable(in: text) {
                throw ExportError.unencodableCharacter(c, encoding: "CP932", row: row, column: column)
            }
        }
        let humanFormat = format.keepsSummaryRows
        if humanFormat, let title = table.title { try check(title, row: 0, column: "title") }
        for column in table.columns {
            let labelled = humanFormat || (language == .japanese && format != .json)
            try check(labelled ? column.label : column.id, row: 0, column: column.id)
        }
        let rows = humanFormat ? table.rows : table.records
        for (index, row) in rows.enumerated() {
            for (column, cell) in zip(table.columns, row.cells) {
                try check(humanFormat ? cell.display : cell.plain, row: index + 1, column: column.id)
            }
        }
        if humanFormat {
            for line in table.footer { try check(line, row: 0, column: "footer") }
        }
    }
}
