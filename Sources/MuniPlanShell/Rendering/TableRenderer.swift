import MuniPlan

/// Draws a table for a terminal: columns aligned by display width (a full-width character
/// takes two columns), numbers right-aligned with thousands separators, subtotal rows set off.
/// Text from the table (a name from data or an imported file) is escaped (`VisibleText`)
/// before it is measured and before any colour is added: a cell cannot act on the terminal
/// or break the alignment.
public struct TableRenderer {
    public var color: Bool
    /// For the line an empty table shows.
    public var language: Language

    public init(color: Bool = false, language: Language = .english) {
        self.color = color
        self.language = language
    }

    public func render(_ table: Table) -> String {
        let header = table.columns.map { VisibleText.escaping($0.label) }
        let body = table.rows.map { row in row.cells.map { VisibleText.escaping($0.display) } }
        var widths = header.map(DisplayWidth.of)
        for cells in body {
            for (i, cell) in cells.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String], rightAligned: (Int) -> Bool, colour: (Int, String) -> Style? = { _, _ in nil }) -> String {
            var parts: [String] = []
            for i in widths.indices {
                let cell = i < cells.count ? cells[i] : ""
                // Colour goes on the text, not its padding: widths are of what is seen, and
                // trailing blanks are still trimmed.
                let shown = colour(i, cell).map { style(cell, $0) } ?? cell
                let fill = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(cell)))
                parts.append(rightAligned(i) ? fill + shown : shown + fill)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        let isRight: (Int) -> Bool = { table.columns[$0].alignment == .right }
        var lines: [String] = []
        if let title = table.title { lines.append(style(VisibleText.escaping(title), .bold)) }
        lines.append(style(line(header, rightAligned: isRight), .bold))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (row, cells) in zip(table.rows, body) {
            let text = line(cells, rightAligned: { i in isRight(i) || (row.kind != .record && row.cells[i].isNumeric) },
                            colour: { i, cell in row.kind == .record ? Self.statusStyle(column: table.columns[i].id, cell) : nil })
            lines.append(row.kind == .record ? text : style(text, .dim))
        }
        if table.rows.isEmpty { lines.append(Message.Session.noRows.text(in: language)) }
        lines += table.footer.map { VisibleText.escaping($0) }
        return lines.joined(separator: "\n")
    }

    enum Style: String { case bold = "1", dim = "2", green = "32", yellow = "33", magenta = "35" }

    /// A KPI's status at a glance: met or over green, short yellow, a conflict in the source
    /// magenta (in either language: the words are the catalogue's).
    static func statusStyle(column: String, _ cell: String) -> Style? {
        switch column {
        case "status":
            if cell.hasPrefix("met") || cell.hasPrefix("達成") || cell.hasPrefix("超過") { return .green }
            if cell.hasPrefix("short") || cell.hasPrefix("未達") { return .yellow }
            return nil
        case "conflict": return cell.isEmpty ? nil : .magenta
        default: return nil
        }
    }

    func style(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// Turns outputs into text in the session's format, safe for a terminal: in CSV, TSV,
/// Markdown and JSON every hidden character but the line breaks (and TSV's tabs) that lay
/// the text out is escaped too, so what the executable prints of it needs no escaping.
public struct OutputRenderer {
    public var format: OutputFormat
    public var color: Bool
    /// The session's: an empty table's line, and CSV/TSV headers (labels in Japanese, as exports).
    public var language: Language

    public init(format: OutputFormat, color: Bool, language: Language = .english) {
        self.format = format
        self.color = color
        self.language = language
    }

    public func render(_ table: Table) -> String {
        let exportFormat: ExportFormat
        switch format {
        case .table: return TableRenderer(color: color, language: language).render(table)
        case .csv: exportFormat = .csv
        case .tsv: exportFormat = .tsv
        case .md: exportFormat = .markdown
        case .json: exportFormat = .json
        }
        do {
            var text = try TableEncoder.text(table, as: exportFormat, language: language)
            if text.hasSuffix("\n") { text.removeLast() }
            // Tabs separate TSV's fields (its encoder flattens those in cells); elsewhere a
            // tab can only come from a cell.
            return VisibleText.escaping(text, keeping: format == .tsv ? ["\n", "\t"] : ["\n"])
        } catch {
            return TableRenderer(color: color, language: language).render(table)
        }
    }
}
