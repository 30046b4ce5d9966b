/// A GitHub-flavoured Markdown table for people: the title as a `##` heading, display
/// labels as the header, numbers with thousands separators and right-aligned (`---:`),
/// subtotal and total rows kept with their cells in bold, footer lines as paragraphs.
/// In cells `|` and the characters Markdown would read as markup are backslash-escaped,
/// line breaks become `<br>` and tabs spaces.
public enum MarkdownTableEncoder {
    /// `sources` go last, under a `###` heading, each licence text in a fenced block.
    public static func text(_ table: Table, lineEnding: LineEnding = .lf, sources: [Attribution] = [],
                            language: Language = .english) -> String {
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
        return out + sourcesSection(sources, lineEnding: lineEnding, language: language)
    }

    /// `sources` under a `###` heading, each licence text in a fenced block; "" for none.
    static func sourcesSection(_ sources: [Attribution], lineEnding: LineEnding = .lf, language: Language) -> String {
        guard !sources.isEmpty else { return "" }
        let nl = lineEnding.rawValue
        var out = nl + "### " + Message.Sources.heading.text(in: language) + nl + nl
        for line in AttributionTable.lines(sources, language: language) { out += "- " + escaped(line) + nl }
        for licence in AttributionTable.licences(sources, language: language) {
            out += nl + "#### " + escaped(licence.heading) + nl + nl + "```" + nl
            out += licence.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .joined(separator: nl)
            out += (licence.text.hasSuffix("\n") ? "" : nl) + "```" + nl
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
