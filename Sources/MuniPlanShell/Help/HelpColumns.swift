import MuniPlan

/// Help's two-column lines (`  district:会津           every body of a district`) aligned by
/// display width. The catalogue's texts are laid out by characters, so a line whose first
/// column holds Japanese (two columns a character) would start its second column further
/// right than its neighbours'. A block is a run of lines indented two spaces with a gap of
/// two or more spaces after their first column; its second column starts where the text
/// put it, or two columns past the block's widest first column if that is further: a block
/// of ASCII lines prints as written.
enum HelpColumns {
    /// One line of a block: its first column (indent included) and its second.
    struct Line {
        var left: String
        var right: String
        /// Where the text put the second column, in characters.
        var offset: Int
    }

    static func align(_ text: String) -> String {
        var out: [String] = []
        var block: [Line] = []
        func flush() {
            guard !block.isEmpty else { return }
            let column = max(block.map(\.offset).max() ?? 0, (block.map { DisplayWidth.of($0.left) }.max() ?? 0) + 2)
            out += block.map { DisplayWidth.pad($0.left, to: column) + $0.right }
            block = []
        }
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let line = split(String(part)) {
                block.append(line)
            } else {
                flush()
                out.append(String(part))
            }
        }
        flush()
        return out.joined(separator: "\n")
    }

    /// The line's two columns, split at its last gap of two or more spaces, when it is
    /// indented two spaces and has text on both sides of that gap.
    static func split(_ line: String) -> Line? {
        let characters = Array(line)
        guard characters.count > 3, characters[0] == " ", characters[1] == " ", characters[2] != " ",
              let gap = TextWrapper.lastColumnGap(characters) else { return nil }
        return Line(left: String(characters[..<gap.lowerBound]), right: String(characters[gap.upperBound...]), offset: gap.upperBound)
    }
}
