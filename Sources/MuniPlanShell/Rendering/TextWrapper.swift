import MuniPlan

/// Breaks text into lines of at most a given display width. A line breaks at a space, or
/// between two characters where one is wide (Japanese has no spaces), but never inside a
/// Latin word, before closing punctuation (、。）」), after opening punctuation (（「),
/// before a zero-width mark, or inside `[…]` (a usage line's `[--require BODY…]` stays
/// whole). A unit wider than the whole line is the only thing split, and then between
/// characters, never through a two-column one.
public enum TextWrapper {
    /// A piece no break may fall inside, with the spaces before it (kept when it stays on
    /// the line, dropped when it starts one).
    struct Unit: Equatable {
        var gap = ""
        var text = ""
        var width = 0
    }

    static let closing: Set<Character> = ["、", "。", "，", "．", "）", "」", "』", "】", "〕", "〉", "》", "！", "？", "：", "；", "・",
                                          "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ"]
    static let opening: Set<Character> = ["（", "「", "『", "【", "〔", "〈", "《"]

    /// Whether a line may break between `before` and `after` when no space separates them.
    static func mayBreak(between before: Character, and after: Character) -> Bool {
        let afterWidth = DisplayWidth.of(after)
        guard afterWidth > 0, !closing.contains(after), !opening.contains(before) else { return false }
        return DisplayWidth.of(before) == 2 || afterWidth == 2
    }

    static func units(_ text: String) -> [Unit] {
        var units: [Unit] = []
        var current = Unit()
        var previous: Character?
        var depth = 0
        for character in text {
            if character == " ", depth == 0 {
                if !current.text.isEmpty { units.append(current); current = Unit() }
                current.gap.append(" ")
                previous = nil
                continue
            }
            if let previous, depth == 0, !current.text.isEmpty, mayBreak(between: previous, and: character) {
                units.append(current)
                current = Unit()
            }
            if character == "[" { depth += 1 } else if character == "]", depth > 0 { depth -= 1 }
            current.text.append(character)
            current.width += DisplayWidth.of(character)
            previous = character
        }
        if !current.text.isEmpty { units.append(current) }
        return units
    }

    /// The widest piece of `text` no break may fall inside.
    public static func longestUnit(_ text: String) -> Int {
        units(text).map(\.width).max() ?? 0
    }

    /// The narrowest a table column holding `text` should be: every word whole, and a
    /// Japanese word (a run without spaces) whole too when it is a name's length (at most
    /// 16 columns: 檜枝岐村, ひのえまたむら); a longer run is prose, broken between characters.
    public static func narrowest(_ text: String) -> Int {
        text.split(separator: " ").map { word in
            let whole = DisplayWidth.of(String(word))
            return whole <= nameLength ? whole : longestUnit(String(word))
        }.max() ?? 0
    }

    /// The longest a name runs (檜枝岐村, ひのえまたむら, aizuwakamatsu fit): a word or a
    /// Japanese run up to this long is kept whole while anything else can give way.
    static let nameLength = 16

    /// The narrowest a table column holding `text` can be at all: a name (a word up to a
    /// name's length) on at most two lines, half its characters on each; anything longer
    /// at its widest unbreakable piece, but no more than a name's length — a long Latin
    /// word (a romanised association, `yobonoattaichibujimukumiai`) breaks between letters
    /// rather than names breaking around it.
    public static func narrowestAtAll(_ text: String) -> Int {
        text.split(separator: " ").map { word in
            guard DisplayWidth.of(String(word)) <= nameLength else { return min(longestUnit(String(word)), nameLength) }
            return narrowestOfName(word)
        }.max() ?? 0
    }

    /// `narrowestAtAll` over the name-length words of `text` only (0 if it has none).
    static func narrowestAtAllOfNames(_ text: String) -> Int {
        text.split(separator: " ").filter { DisplayWidth.of(String($0)) <= nameLength }.map(narrowestOfName).max() ?? 0
    }

    /// The widest name-length word of `text`, whole (0 if it has none).
    static func widestName(_ text: String) -> Int {
        text.split(separator: " ").map { DisplayWidth.of(String($0)) }.filter { $0 <= nameLength }.max() ?? 0
    }

    /// A name on at most two lines, half its characters on each.
    private static func narrowestOfName(_ word: Substring) -> Int {
        let half = (word.count + 1) / 2
        return max(longestUnit(String(word)), DisplayWidth.of(String(word.prefix(half))), DisplayWidth.of(String(word.dropFirst(half))))
    }

    /// `text` (one line) in lines of at most `width` columns. The first keeps the line's
    /// own indent; the others start `hang` columns in (or at the indent, if `hang` leaves
    /// too little room). Trailing spaces are dropped.
    public static func wrap(_ text: String, width: Int, hang: Int? = nil) -> [String] {
        guard DisplayWidth.of(text) > width else { return [text] }
        let indent = text.prefix { $0 == " " }.count
        let wanted = hang ?? indent
        let hang = wanted <= width - 10 ? wanted : min(indent, max(0, width - 10))
        var lines: [String] = []
        var line = String(repeating: " ", count: indent)
        var used = indent
        var empty = true
        func newLine() {
            lines.append(line)
            line = String(repeating: " ", count: hang)
            used = hang
            empty = true
        }
        for unit in units(String(text.dropFirst(indent))) {
            let gap = empty ? 0 : unit.gap.count
            if !empty, used + gap + unit.width > width { newLine() }
            if !empty { line += unit.gap; used += unit.gap.count }
            if used + unit.width <= width {
                line += unit.text
                used += unit.width
                empty = false
                continue
            }
            // Wider than a whole line: split between characters, at least one a line.
            for character in unit.text {
                let cells = DisplayWidth.of(character)
                if !empty, used + cells > width { newLine() }
                line.append(character)
                used += cells
                empty = false
            }
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines.map(\.trimmingTrailingSpaces)
    }

    /// Every line of `text` that is wider than `width`, wrapped: a line laid out in columns
    /// (`  --fy FY            text`) continues under its last column, any other under its
    /// own indent.
    public static func reflow(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { part -> [String] in
            let line = String(part)
            return DisplayWidth.of(line) > width ? wrap(line, width: width, hang: hangColumn(line, width: width)) : [line]
        }.joined(separator: "\n")
    }

    /// As `reflow`, but prose is wrapped as paragraphs: a run of unindented lines, none
    /// laid out in columns, that does not fit is joined (with a space between Latin words,
    /// with nothing between Japanese ones) and wrapped whole, so help's hand-broken prose
    /// does not leave a word alone on every other line.
    public static func reflowParagraphs(_ text: String, width: Int) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        func flush() {
            if paragraph.contains(where: { DisplayWidth.of($0) > width }) {
                let joined = paragraph.dropFirst().reduce(paragraph[0]) { text, next in
                    guard let last = text.last, let first = next.first else { return text + next }
                    return text + (DisplayWidth.of(last) == 2 || DisplayWidth.of(first) == 2 ? "" : " ") + next
                }
                out += wrap(joined, width: width, hang: 0)
            } else {
                out += paragraph
            }
            paragraph = []
        }
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(part)
            if !line.isEmpty, !line.hasPrefix(" "), !line.trimmingTrailingSpaces.contains("  ") {
                paragraph.append(line)
                continue
            }
            if !paragraph.isEmpty { flush() }
            out.append(reflow(line, width: width))
        }
        if !paragraph.isEmpty { flush() }
        return out.joined(separator: "\n")
    }

    /// The column after the last run of two or more spaces that follows text, when it
    /// leaves at least half the line; else nil (the line's indent).
    static func hangColumn(_ line: String, width: Int) -> Int? {
        let characters = Array(line)
        guard let gap = lastColumnGap(characters) else { return nil }
        let found = characters[..<gap.upperBound].reduce(0) { $0 + DisplayWidth.of($1) }
        return found <= width / 2 ? found : nil
    }

    /// Where a line laid out in columns (`  --fy FY            text`) starts its last: the
    /// last run of two or more spaces with text before it and after it, as indices into
    /// `characters`; nil when there is none. Help's columns (`HelpColumns`) split there too.
    static func lastColumnGap(_ characters: [Character]) -> Range<Int>? {
        var gap: Range<Int>?
        var i = 0, seenText = false
        while i < characters.count {
            guard characters[i] == " " else {
                seenText = true
                i += 1
                continue
            }
            var j = i
            while j < characters.count, characters[j] == " " { j += 1 }
            if seenText, j - i >= 2, j < characters.count { gap = i..<j }
            i = j
        }
        return gap
    }
}
