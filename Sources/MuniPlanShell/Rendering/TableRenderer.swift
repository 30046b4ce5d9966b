import MuniPlan

/// Draws a table for a terminal: columns aligned by display width (a full-width character
/// takes two columns), numbers right-aligned with thousands separators, subtotal rows set off.
/// Text from the table (a name from data or an imported file) is escaped (`VisibleText`)
/// before it is measured and before any colour is added: a cell cannot act on the terminal
/// or break the alignment.
///
/// Given a `width` (a terminal's), the table fits it by one rule, in order: as it is if it
/// fits; else its columns' short headings, where it has them (`Column.short`, with the
/// table's legend under it); else its text cells wrap inside narrower columns (`TableFit`:
/// at spaces or between Japanese characters, never inside a word, numbers never); else one
/// record a block, each column a `label: value` line under its full label (`RecordBlocks`,
/// as psql's `\x auto`). An empty table that does not fit even under its short headings
/// shows its title, (none) and its notes.
public struct TableRenderer {
    public var color: Bool
    /// For the line an empty table shows.
    public var language: Language
    /// The terminal's columns; nil: no limit (a file, a pipe).
    public var width: Int?

    public init(color: Bool = false, language: Language = .english, width: Int? = nil) {
        self.color = color
        self.language = language
        self.width = width
    }

    public func render(_ table: Table) -> String {
        let labels = table.columns.map { VisibleText.escaping($0.label) }
        let body = table.rows.map { row in row.cells.map { VisibleText.escaping($0.display) } }
        func natural(_ header: [String]) -> [Int] {
            var widths = header.map(DisplayWidth.of)
            for cells in body {
                for (i, cell) in cells.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
            }
            return widths
        }
        var header = labels
        var widths = natural(header)
        var legend: [String] = []
        if let width, TableFit.total(widths) > width {
            // First the columns' short headings, if the table has them, with its legend.
            if table.columns.contains(where: { $0.short != nil }) {
                header = table.columns.map { VisibleText.escaping($0.short ?? $0.label) }
                widths = natural(header)
                legend = table.legend.map { VisibleText.escaping($0) }
            }
            if TableFit.total(widths) > width {
                // No cells to wrap: headings wrapped above (none) would tell nothing, and
                // drawn whole they run past the edge.
                if table.rows.isEmpty { return emptyOnly(table) }
                if let narrower = leavingOutOptional(table, header: header, body: body, widths: widths, width: width) {
                    return render(narrower)
                }
                guard let fitted = TableFit.widths(widths, table: table, header: header, body: body, limit: width) else {
                    return RecordBlocks(renderer: self, width: width).render(table, header: labels, body: body)
                }
                widths = fitted
            }
        }
        func lines(_ cells: [String], rightAligned: (Int) -> Bool, colour: (Int, String) -> Style? = { _, _ in nil }) -> [String] {
            // Each cell in its column's width; a row is as tall as its tallest cell.
            let parts = widths.indices.map { i in
                let cell = i < cells.count ? cells[i] : ""
                return DisplayWidth.of(cell) > widths[i] ? TextWrapper.wrap(cell, width: widths[i], hang: 0) : [cell]
            }
            return (0..<(parts.map(\.count).max() ?? 1)).map { n in
                var pieces: [String] = []
                for i in widths.indices {
                    let cell = n < parts[i].count ? parts[i][n] : ""
                    let full = i < cells.count ? cells[i] : ""
                    // Colour goes on the text, not its padding: widths are of what is seen, and
                    // trailing blanks are still trimmed.
                    let shown = cell.isEmpty ? cell : colour(i, full).map { style(cell, $0) } ?? cell
                    let fill = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(cell)))
                    pieces.append(rightAligned(i) ? fill + shown : shown + fill)
                }
                return pieces.joined(separator: "  ").trimmingTrailingSpaces
            }
        }
        let isRight: (Int) -> Bool = { table.columns[$0].alignment == .right }
        var out: [String] = []
        if let title = table.title { out += fitted(VisibleText.escaping(title)).map { style($0, .bold) } }
        out += lines(header, rightAligned: isRight).map { style($0, .bold) }
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (row, cells) in zip(table.rows, body) {
            let text = lines(cells, rightAligned: { i in isRight(i) || (row.kind != .record && row.cells[i].isNumeric) },
                             colour: { i, cell in row.kind == .record ? Self.statusStyle(column: table.columns[i].id, cell) : nil })
            out += row.kind == .record ? text : text.map { style($0, .dim) }
        }
        if table.rows.isEmpty { out += fitted(Message.Session.noRows.text(in: language)) }
        out += legend.flatMap(fitted)
        out += table.footer.flatMap { fitted(VisibleText.escaping($0)) }
        return out.joined(separator: "\n")
    }

    /// `table` without its optional columns, saying which it left out, when every column
    /// cannot keep its words whole within `width` but the others can without them.
    func leavingOutOptional(_ table: Table, header: [String], body: [[String]], widths: [Int], width: Int) -> Table? {
        let kept = table.columns.indices.filter { !table.columns[$0].optional }
        guard kept.count < table.columns.count, !kept.isEmpty else { return nil }
        // A column's bound depends on its own cells alone: the kept columns' are the same without the others.
        let bounds = TableFit.wordBounds(widths, table: table, header: header, body: body)
        guard TableFit.total(bounds) > width, TableFit.total(kept.map { bounds[$0] }) <= width else { return nil }
        let left = table.columns.filter(\.optional).map(\.label)
        var narrower = Table(name: table.name, title: table.title, columns: kept.map { table.columns[$0] },
                             rows: table.rows.map { row in Table.Row(kept.map { $0 < row.cells.count ? row.cells[$0] : .empty }, kind: row.kind) },
                             footer: [Message.Terminal.columnsLeftOut(columns: MessageList(left)).text(in: language)] + table.footer)
        narrower.legend = table.legend
        return narrower
    }

    /// An empty table too wide for the terminal: its title, (none) and its notes, no headings.
    func emptyOnly(_ table: Table) -> String {
        var out = table.title.map { fitted(VisibleText.escaping($0)).map { style($0, .bold) } } ?? []
        out += fitted(Message.Session.noRows.text(in: language))
        out += table.footer.flatMap { fitted(VisibleText.escaping($0)) }
        return out.joined(separator: "\n")
    }

    /// A line of prose (a title, a footer) within the width.
    func fitted(_ line: String) -> [String] {
        guard let width else { return [line] }
        return TextWrapper.reflow(line, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    enum Style: String { case bold = "1", dim = "2", green = "32", yellow = "33", magenta = "35" }

    /// A KPI's status at a glance: met or over green, short yellow, a conflict in the source
    /// magenta, in either language: known by the catalogue's own words for them (`kpi.met`,
    /// and what `kpi.over` and `kpi.short` say before their amount).
    static func statusStyle(column: String, _ cell: String) -> Style? {
        switch column {
        case "status":
            if metStatuses.contains(cell) || overStatuses.contains(where: cell.hasPrefix) { return .green }
            if shortStatuses.contains(where: cell.hasPrefix) { return .yellow }
            return nil
        case "conflict": return cell.isEmpty ? nil : .magenta
        default: return nil
        }
    }

    static let metStatuses = Set(Language.allCases.map { Message.Kpi.met.text(in: $0) })
    static let overStatuses = Language.allCases.map { leading(Message.Kpi.over(by: amount), in: $0) }
    static let shortStatuses = Language.allCases.map { leading(Message.Kpi.short(by: amount), in: $0) }
    /// Stands for a status's amount, to find the words before it.
    private static let amount = "\u{0}"

    /// What `message` says before its amount.
    private static func leading(_ message: Message, in language: Language) -> String {
        let text = message.text(in: language)
        return String(text[..<(text.firstIndex(of: "\u{0}") ?? text.endIndex)])
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

    /// A terminal's columns, for the table format only: CSV and the others are data.
    public var width: Int?

    public init(format: OutputFormat, color: Bool, language: Language = .english, width: Int? = nil) {
        self.format = format
        self.color = color
        self.language = language
        self.width = width
    }

    public func render(_ table: Table) -> String {
        let exportFormat: ExportFormat
        switch format {
        case .table: return TableRenderer(color: color, language: language, width: width).render(table)
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
