/// A GitHub-flavoured Markdown table for people: the title as a `##` heading, display
/// labels as the header, numbers with thousands separators and right-aligned (`---:`),
/// subtotal and total rows kept with their cells in bold, footer lines as paragraphs.
/// In cells `|` and the characters Markdown would read as markup are backslash-escaped,
/// line breaks become `<br>` and tabs spaces.
public enum MarkdownTableEncoder {
    public static func text(_ table: Table, lineEnding: LineEnding = .lf) -> String {
        let nl = lineEnding.rawValue
        var out = ""
        if let title = table.title, !title.isEmpty {
            out += "## " + escaped(title) + nl + nl
        }
        let count = table.columns.count
        out += "| " + table.columns.map { escaped($0.label) }.joined(separator: " | ") + " |" + nl
        let rules = (0..<count).map { rightAligned(column: $0, in: table) ? "---:" : "---" }
        out += "| " + rules.joined(separator: " | ") + " |" + nl
        for row in table.rows {
            let cells = CSVTableEncoder.cells(of: row, count: count).map { cell -> String in
                let text = escaped(cell.display)
                guard row.kind != .record, !text.isEmpty else { return text }
                return "**" + text + "**"
            }
            out += "| " + cells.joined(separator: " | ") + " |" + nl
        }
        for line in table.footer {
            out += nl + escaped(line) + nl
        }
        return out
    }

    /// Right-aligned when the column says so, or when every non-empty cell is a number.
    static func rightAligned(column index: Int, in table: Table) -> Bool {
        if table.columns[index].alignment == .right { return true }
        let cells = table.rows.compactMap { index < $0.cells.count ? $0.cells[index] : nil }
            .filter { $0 != .empty }
        return !cells.isEmpty && cells.allSatisfy(\.isNumeric)
    }

    /// Markdown-safe cell text.
    public static func escaped(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "~":
                out += "\\"
                out.unicodeScalars.append(scalar)
                previousWasCR = false
            case "\t":
                out += " "
                previousWasCR = false
            case "\r":
                out += "<br>"
                previousWasCR = true
            case "\n":
                if !previousWasCR { out += "<br>" }
                previousWasCR = false
            default:
                out.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        return out
    }
}
