import MuniPlan

/// The second step of fitting a table to a terminal: narrower columns whose text wraps.
/// Columns give up room in two rounds, the widest first, a column at a time, so short
/// columns keep their one line: first down to their widest word, a Japanese name kept
/// whole (`TextWrapper.narrowest`); then a word longer than any name (a romanised
/// association) gives way, down to what the column's names need whole, before any name
/// does; then, if that is not enough, down to their widest unbreakable piece
/// (`TextWrapper.narrowestAtAll`: a name onto two lines at most, a word longer than any
/// name between letters, never wider than the column's names).
/// Numbers never wrap: a number's column is never narrower than its widest number; a column
/// of sentences never narrower than its `readable` width.
enum TableFit {
    /// Columns and the two spaces between each.
    static func total(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The narrowest each column can be, by `measure` of each text cell, the whole of each number.
    static func minimums(_ table: Table, header: [String], body: [[String]], measure: (String) -> Int) -> [Int] {
        var minimums = header.map(measure)
        for (row, cells) in zip(table.rows, body) {
            for (i, cell) in cells.enumerated() where i < minimums.count {
                let numeric = i < row.cells.count && row.cells[i].isNumeric
                minimums[i] = max(minimums[i], numeric ? DisplayWidth.of(cell) : measure(cell))
            }
        }
        return minimums
    }

    /// The first round's bounds: each column down to its widest word, a name kept whole (and
    /// a column of sentences no narrower than it stays readable in).
    static func wordBounds(_ natural: [Int], table: Table, header: [String], body: [[String]]) -> [Int] {
        zip(minimums(table, header: header, body: body, measure: TextWrapper.narrowest), natural).enumerated()
            .map { i, widths in max(min(widths.0, widths.1), min(natural[i], table.columns[i].readable ?? 0)) }
    }

    /// The narrowest a column wraps in when none of its text is a name's length (a measure's
    /// title, 市町村ＤＸ推進トップセミナー事業): five Japanese characters. Narrower, it runs a
    /// character or two a line down the screen, and record blocks read better.
    static let narrowestProse = 10

    /// The columns with text and no name-length word in any of it (the headings aside).
    static func proseColumns(_ table: Table, body: [[String]]) -> Set<Int> {
        var prose = Set(table.columns.indices), text = Set<Int>()
        for (row, cells) in zip(table.rows, body) {
            for (i, cell) in cells.enumerated() where i < row.cells.count && !cell.isEmpty {
                text.insert(i)
                if row.cells[i].isNumeric || TextWrapper.widestName(cell) > 0 { prose.remove(i) }
            }
        }
        return prose.intersection(text)
    }

    /// Widths within `limit`, or nil when even the narrowest columns do not fit (then the
    /// table prints as record blocks).
    static func widths(_ natural: [Int], table: Table, header: [String], body: [[String]], limit: Int) -> [Int]? {
        let atAll = minimums(table, header: header, body: body, measure: TextWrapper.narrowestAtAll)
        let whole = minimums(table, header: header, body: body, measure: TextWrapper.widestName)
        let ofNames = minimums(table, header: header, body: body, measure: TextWrapper.narrowestAtAllOfNames)
        let prose = proseColumns(table, body: body)
        let readable = natural.indices.map { i in min(natural[i], table.columns[i].readable ?? (prose.contains(i) ? narrowestProse : 0)) }
        let floor = atAll.indices.map { i in max(whole[i] == 0 ? atAll[i] : max(ofNames[i], min(atAll[i], whole[i])), readable[i]) }
        guard total(floor) <= limit else { return nil }
        // No round takes a column below its floor (a prose column's words are single characters).
        let words = zip(wordBounds(natural, table: table, header: header, body: body), floor).map(max)
        let names = words.indices.map { i in max(floor[i], min(words[i], whole[i] == 0 ? TextWrapper.nameLength : whole[i])) }
        var widths = natural
        for bound in [words, names, floor] {
            var excess = total(widths) - limit
            while excess > 0 {
                guard let widest = widths.indices.filter({ widths[$0] > bound[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        return total(widths) <= limit ? widths : nil
    }
}
