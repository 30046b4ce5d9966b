import Foundation

/// Folds the many ways staff type a name into one comparable key.
enum TextFolding {
    /// Kana key: NFKC (half-width katakana → full-width, full-width ASCII → ASCII), then
    /// katakana → hiragana, without spaces and middle dots.
    static func kana(_ s: String) -> String {
        // Names and readings as the data and staff write them need no NFKC (see
        // `isNormalizedAsIs`); skipping Foundation's is most of the resolver's start-up.
        hiragana(nfkc: nfkc(s))
    }

    /// NFKC, without Foundation for the text the data and staff write: text NFKC leaves as it
    /// is, and that text with full-width ASCII in it (市町村ＤＸ推進…, ａｄｖｉｓｏｒ). An ideographic
    /// space in otherwise unchanged text stays one (`isNormalizedAsIs`; callers drop spaces).
    static func nfkc(_ s: String) -> String {
        if isNormalizedAsIs(s) { return s }
        return widthFoldedASCII(s) ?? s.precomposedStringWithCompatibilityMapping
    }

    /// `s` with each full-width ASCII form (U+FF01–FF5E) as its ASCII letter and the ideographic
    /// space as a space, when every other scalar is one `isNormalizedAsIs` accepts: each is a
    /// single-scalar compatibility decomposition and none of those neighbours composes, so this
    /// is NFKC. Else nil.
    static func widthFoldedASCII(_ s: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value) {
                scalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFEE0)))
            } else if scalar.value == 0x3000 {
                scalars.append(" ")
            } else if isAsIs(scalar) {
                scalars.append(scalar)
            } else {
                return nil
            }
        }
        return String(scalars)
    }

    /// The kana key of text already in NFKC: katakana → hiragana, spaces and middle dots dropped.
    static func hiragana(nfkc: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in nfkc.unicodeScalars {
            switch scalar.value {
            case 0x30A1...0x30F6: scalars.append(Unicode.Scalar(scalar.value - 0x60)!)
            case 0x20, 0x3000, 0x30FB: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when NFKC leaves `s` as it is, judged by its scalars alone: printable ASCII,
    /// the ideographic space and iteration mark, hiragana and katakana without the
    /// combining sound marks (U+3099–309C) or digraphs (ゟ ヿ), and the unified ideographs.
    /// None of these has a decomposition or composes with a neighbour; the ideographic
    /// space becomes a space under NFKC, and `kana` drops both.
    static func isNormalizedAsIs(_ s: String) -> Bool { s.unicodeScalars.allSatisfy(isAsIs) }

    private static func isAsIs(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x3000, 0x3005, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FB, 0x30FC, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// True when every character is hiragana (after folding).
    static func isKana(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) || $0.value == 0x30FC }
    }

    /// Romaji key: lower case ASCII letters only; macrons and circumflexes dropped; long
    /// vowels collapsed (oo, ou → o; uu → u); m before b, m, p read as n. Applied to both the
    /// data and the input, so "Kōriyama", "kooriyama", "kouriyama" and "koriyama" meet.
    /// Collapsing can join two bodies whose readings differ only at a word boundary
    /// (美濃 mino, 箕面 minoo): resolution tries `romajiLetters` first, this second.
    static func romaji(_ s: String) -> String {
        var letters = Array(romajiLetters(s))
        var out: [Character] = []
        out.reserveCapacity(letters.count)
        var i = 0
        while i < letters.count {
            let c = letters[i]
            if let last = out.last, (last == "o" && (c == "o" || c == "u")) || (last == "u" && c == "u") {
                i += 1
                continue
            }
            if c == "m", i + 1 < letters.count, "bmp".contains(letters[i + 1]), let last = out.last, "aeiou".contains(last) {
                out.append("n")
            } else {
                out.append(c)
            }
            i += 1
        }
        letters = out
        return String(letters)
    }

    /// Exact romaji key: lower case ASCII letters only, macrons and circumflexes dropped,
    /// every vowel kept (setouchi stays setouchi).
    static func romajiLetters(_ s: String) -> String {
        // ASCII folds to its lower case and nothing else: no need for Foundation's folding.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.lazy.map { $0 | (($0 >= 65 && $0 <= 90) ? 0x20 : 0) }.filter { $0 >= 97 && $0 <= 122 },
                          as: UTF8.self)
        }
        let plain = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(plain.unicodeScalars.filter { $0.value >= 97 && $0.value <= 122 }))
    }

    /// True when the text is romaji-like: ASCII letters with optional separators and macrons.
    static func isRomaji(_ s: String) -> Bool {
        // ASCII is its own diacritic- and width-folded form.
        let plain = s.utf8.allSatisfy({ $0 < 0x80 }) ? s : s.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return !plain.isEmpty && plain.unicodeScalars.allSatisfy {
            ($0.value >= 65 && $0.value <= 90) || ($0.value >= 97 && $0.value <= 122) || "-' _.".unicodeScalars.contains($0)
        } && plain.unicodeScalars.contains { ($0.value | 0x20) >= 97 && ($0.value | 0x20) <= 122 }
    }

    /// Edit distance over Characters for suggestions, counting a swap of two neighbours as
    /// one edit (optimal string alignment), so `shwo` is one edit from `show`: the distance
    /// when it is at most `limit`, else nil. Only the diagonal band `|i − j| ≤ limit` can hold
    /// such distances, so only it is computed: O(min(a, b) · limit) time, O(b) memory, and
    /// nothing at all when the lengths differ by more than `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = limit + 1
        // Three rows (two back for a swap); a cell never written reads as `outside`, and the
        // band moves right row by row, so cells a row leaves behind are never read again.
        var back = [Int](repeating: outside, count: b.count + 1)
        var previous = [Int](repeating: outside, count: b.count + 1)
        var current = [Int](repeating: outside, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? i : outside
            var rowBest = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, back[j - 2] + 1) }
                current[j] = d
                rowBest = min(rowBest, d)
            }
            // A row entirely over the limit cannot lead back under it (a swap from two rows
            // back costs at least what a substitution into this row did).
            if rowBest > limit { return nil }
            (back, previous, current) = (previous, current, back)
        }
        let d = previous[b.count]
        return d <= limit ? d : nil
    }
}
