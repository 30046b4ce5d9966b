import MuniPlan

/// The last step of fitting a table to a terminal, when its columns cannot fit even
/// wrapped: one record a block, as psql's `\x auto` prints it, under a `-[ RECORD 3 ]-`
/// line, each column a `label: value` line with the labels aligned by display width and
/// long values wrapped under their start.
struct RecordBlocks {
    let renderer: TableRenderer
    let width: Int

    func render(_ table: Table, header: [String], body: [[String]]) -> String {
        let language = renderer.language
        let colon = language == .japanese ? "：" : ":"
        let labels = header.map { $0 + colon }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        // A value starts after its label and a space; it wraps in what is left (at least
        // ten columns: past that the line is wider than the terminal, rather than unreadable).
        let valueWidth = max(10, width - labelWidth - 1)
        var lines: [String] = []
        if let title = table.title { lines += renderer.fitted(title).map { renderer.style($0, .bold) } }
        for (number, (row, cells)) in zip(table.rows, body).enumerated() {
            let heading = Message.Terminal.recordHeading(number: number + 1).text(in: language)
            let values = cells.map { TextWrapper.wrap($0, width: valueWidth, hang: 0) }
            let widest = values.flatMap { $0 }.map(DisplayWidth.of).max() ?? 0
            let rule = min(width, labelWidth + 1 + widest) - DisplayWidth.of(heading)
            lines.append(renderer.style(heading + String(repeating: "-", count: max(1, rule)), .bold))
            for (i, parts) in values.enumerated() where i < labels.count {
                let style = row.kind == .record ? TableRenderer.statusStyle(column: table.columns[i].id, cells[i]) : nil
                for (n, part) in parts.enumerated() {
                    let lead = n == 0 ? DisplayWidth.pad(labels[i], to: labelWidth) : String(repeating: " ", count: labelWidth)
                    let shown = part.isEmpty ? part : style.map { renderer.style(part, $0) } ?? part
                    let line = (lead + " " + shown).trimmingTrailingSpaces
                    lines.append(row.kind == .record ? line : renderer.style(line, .dim))
                }
            }
        }
        lines += table.footer.flatMap { renderer.fitted(VisibleText.escaping($0)) }
        return lines.joined(separator: "\n")
    }
}
