/// A `Table` as HTML for people: display labels, numbers with thousands separators,
/// right-aligned columns (class `num`: the column says so, or all its cells are numbers;
/// in a column of text marks a subtotal count lines up with the marks), subtotal and total rows kept (classes `subtotal`,
/// `total`), footer lines as notes under the table. All text is escaped.
public enum HTMLTableRenderer {
    /// The `<table>` element, followed by the footer notes. With `caption`, the title is
    /// the table's caption; the report puts titles in headings instead.
    public static func fragment(_ table: Table, caption: Bool = true, className: String = "data") -> String {
        let count = table.columns.count
        let numeric = (0..<count).map { MarkdownTableEncoder.rightAligned(column: $0, in: table) }
        var out = "<table class=\"\(HTMLText.escape(className))\" data-table=\"\(HTMLText.escape(table.name))\">\n"
        if caption, let title = table.title, !title.isEmpty {
            out += "<caption>\(HTMLText.escape(title))</caption>\n"
        }
        out += "<thead><tr>"
        for (i, column) in table.columns.enumerated() {
            let cls = numeric[i] ? " class=\"num\"" : ""
            out += "<th scope=\"col\"\(cls) data-col=\"\(HTMLText.escape(column.id))\">\(HTMLText.escapeLines(column.label))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            switch row.kind {
            case .record: out += "<tr>"
            case .subtotal: out += "<tr class=\"subtotal\">"
            case .total: out += "<tr class=\"total\">"
            }
            for (i, cell) in CSVTableEncoder.cells(of: row, count: count).enumerated() {
                var classes: [String] = []
                if numeric[i] { classes.append("num") }
                if case .empty = cell { classes.append("empty") }
                let cls = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                out += "<td\(cls)>\(HTMLText.escapeLines(cell.display))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for line in table.footer {
            out += "<p class=\"table-note\">\(HTMLText.escapeLines(line))</p>\n"
        }
        return out
    }

    /// A complete page holding the table (the `.html` export of one table).
    /// `sources` make a footer: the attributions, then each licence text in a `<pre>`.
    public static func document(_ table: Table, language: String = "ja", sources: [Attribution] = [],
                                sourcesLanguage: Language = .english) -> String {
        let title = table.title.flatMap { $0.isEmpty ? nil : $0 } ?? table.name
        return """
        <!DOCTYPE html>
        <html lang="\(HTMLText.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(stylesheet)\(sources.isEmpty ? "" : "\n" + sourcesStylesheet)
        </style>
        </head>
        <body>
        <h1>\(HTMLText.escape(title))</h1>
        \(fragment(table, caption: false))\(sourcesFooter(sources, language: sourcesLanguage))</body>
        </html>

        """
    }

    /// Only pages with a sources footer carry its CSS (the report has its own).
    static let sourcesStylesheet = """
    footer.sources { font-size: 0.75rem; color: #52606d; margin-top: 1rem; }
    footer.sources h2 { font-size: 0.875rem; margin: 0 0 0.25rem; }
    footer.sources h3 { font-size: 0.75rem; margin: 0.5rem 0 0.125rem; }
    footer.sources pre.licence { font-size: 0.625rem; white-space: pre-wrap; }
    """

    static func sourcesFooter(_ sources: [Attribution], language: Language) -> String {
        guard !sources.isEmpty else { return "" }
        var out = "<footer class=\"sources\">\n<h2>\(HTMLText.escape(Message.Sources.heading.text(in: language)))</h2>\n<ul>\n"
        for line in AttributionTable.lines(sources, language: language) { out += "<li>\(HTMLText.escape(line))</li>\n" }
        out += "</ul>\n"
        for licence in AttributionTable.licences(sources, language: language) {
            out += "<h3>\(HTMLText.escape(licence.heading))</h3>\n<pre class=\"licence\">\(HTMLText.escape(licence.text))</pre>\n"
        }
        return out + "</footer>\n"
    }

    /// The CSS for pages that show tables (also part of the report's stylesheet).
    public static let stylesheet = """
    :root { color-scheme: light; }
    body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; color: #1f2933; margin: 24px; line-height: 1.5; }
    h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
    table.data { border-collapse: collapse; font-size: 0.8125rem; margin: 0.25rem 0 0.5rem; }
    table.data caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
    table.data th, table.data td { border-bottom: 1px solid #d9dee3; padding: 3px 8px; text-align: left; vertical-align: top; }
    table.data thead th { background: #eef2f6; border-bottom: 2px solid #9aa5b1; white-space: nowrap; }
    table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    table.data tbody tr:nth-child(even):not(.subtotal):not(.total) { background: #f8fafc; }
    table.data tr.subtotal td { font-weight: bold; background: #eef2f6; border-top: 1px solid #9aa5b1; }
    table.data tr.total td { font-weight: bold; background: #dde4ec; border-top: 2px solid #52606d; }
    table.data td.empty { color: #9aa5b1; }
    p.table-note { font-size: 0.75rem; color: #52606d; margin: 0.125rem 0; }
    @media print {
      body { margin: 0; }
      table.data { font-size: 8pt; }
      table.data thead { display: table-header-group; }
      table.data tr { break-inside: avoid; }
      table.data tbody tr:nth-child(even):not(.subtotal):not(.total) { background: none; }
    }
    """
}
