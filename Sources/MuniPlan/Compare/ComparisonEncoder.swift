/// A comparison's tables as the bytes of one file, UTF-8 and LF, deterministic:
/// - CSV, TSV: one section a table (its title on a line of its own, then the table as
///   `export` writes it), sections separated by an empty line;
/// - Markdown, HTML: a heading, then each table under its title;
/// - JSON: `muniplan.compare/2`, `{"schema", "scenarios", "tables"}` where each table is
///   a document as `export` writes one (`muniplan.compare-kpi/2`, …), always in English;
/// - xlsx: one sheet a table, named in the reader's language.
/// Markdown and HTML end with the data's `sources`, JSON holds them as `sources`, the
/// workbook as its last sheet (出典); CSV and TSV stay pure data.
public enum ComparisonEncoder {
    public static let schema = ExportDocument.schema(for: "compare")

    public static func bytes(_ comparison: ScenarioComparison, as format: ExportFormat, language asked: Language,
                             sources: [Attribution] = []) throws(ExportError) -> [UInt8] {
        // Programs read JSON: its labels and values do not change with the reader's language.
        let language = format == .json ? .english : asked
        let tables = comparison.tables(language: language)
        let title = Message.Compare.title(scenarios: MessageList(comparison.names)).text(in: language)
        switch format {
        case .xlsx:
            var sheets = tables.map { table in
                WorkbookSheet(name: ComparisonPart(tableName: table.name).map { $0.sheetName.text(in: language) } ?? table.name, table: table)
            }
            if !sources.isEmpty { sheets.append(SourcesTable.sheet(sources, language: language)) }
            do { return try XLSXWriter.bytes(sheets) } catch { throw .workbook(error) }
        case .csv:
            return Array(sections(tables, format: format, language: language) { CSVTableEncoder.quoted(FormulaGuard.neutralise($0)) }.utf8)
        case .tsv:
            return Array(sections(tables, format: format, language: language) { TSVTableEncoder.flattened(FormulaGuard.neutralise($0)) }.utf8)
        case .markdown:
            let parts = tables.map { MarkdownTableEncoder.text($0) }
            return Array(("# " + MarkdownTableEncoder.escaped(title) + "\n\n" + parts.joined(separator: "\n")
                + MarkdownTableEncoder.sourcesSection(sources, language: language)).utf8)
        case .html:
            return Array(html(tables, title: title, language: language, sources: sources).utf8)
        case .json:
            var parts: [String] = []
            for table in tables { parts.append(try JSONTableEncoder.text(table)) }
            let nested = parts.map { part in
                part.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n").dropFirst(4)
            }
            return Array(("{\n  \"schema\": \(JSONTableEncoder.quoted(schema)),\n"
                + "  \"scenarios\": [" + comparison.names.map(JSONTableEncoder.quoted).joined(separator: ", ") + "],\n"
                + "  \"tables\": [\n    " + nested.joined(separator: ",\n    ") + "\n  ],\n"
                + "  \"sources\": " + JSONTableEncoder.sourcesArray(sources) + "\n}\n").utf8)
        }
    }

    /// Each table under its title line, an empty line between them.
    static func sections(_ tables: [Table], format: ExportFormat, language: Language, titleLine: (String) -> String) -> String {
        tables.map { table in
            let body = format == .tsv ? TSVTableEncoder.text(table, language: language) : CSVTableEncoder.text(table, language: language)
            return (table.title.map { titleLine($0) + "\n" } ?? "") + body
        }.joined(separator: "\n")
    }

    /// One page: the title, then each table with its caption.
    static func html(_ tables: [Table], title: String, language: Language, sources: [Attribution]) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .japanese ? "ja" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(HTMLTableRenderer.stylesheet)\(sources.isEmpty ? "" : "\n" + HTMLTableRenderer.sourcesStylesheet)
        </style>
        </head>
        <body>
        <h1>\(HTMLText.escape(title))</h1>
        \(tables.map { HTMLTableRenderer.fragment($0) }.joined())\(HTMLTableRenderer.sourcesFooter(sources, language: language))</body>
        </html>

        """
    }
}
