/// A table too wide for a portrait page, cut into parts of at most `atMost` columns that
/// each repeat the first `keeping` (the row's identity), rows and footer unchanged; each
/// part titled `title (1 of 2)`. A table narrow enough comes back whole.
enum TableColumnSplit {
    static func parts(of table: Table, keeping: Int, atMost: Int, language: Language) -> [Table] {
        let kept = min(keeping, table.columns.count)
        let room = atMost - kept
        guard table.columns.count > atMost, room > 0 else { return [table] }
        let rest = table.columns.count - kept
        let count = (rest + room - 1) / room
        // Even parts: 10 columns in 2 parts are 5 and 5, not 6 and 4.
        let size = (rest + count - 1) / count
        return (0..<count).map { part in
            let range = (kept + part * size)..<min(kept + (part + 1) * size, table.columns.count)
            let indices = Array(0..<kept) + Array(range)
            let rows = table.rows.map { row in
                Table.Row(indices.map { $0 < row.cells.count ? row.cells[$0] : .empty }, kind: row.kind)
            }
            let title = Message.Report.tablePart(title: table.title ?? "", part: part + 1, parts: count).text(in: language)
            return Table(name: table.name, title: title, columns: indices.map { table.columns[$0] }, rows: rows,
                         footer: part == count - 1 ? table.footer : [])
        }
    }
}
