import Foundation

/// Folds the many ways staff type a name into one comparable key.
enum TextFolding {
    /// Kana key: NFKC (half-width katakana → full-width, full-width ASCII → ASCII), then
    /// katakana → hiragana, without spaces and middle dots.
    static func kana(_ s: String) -> String {
        let nfkc = s.precomposedStringWithCompatibilityMapping
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

    /// True when every character is hiragana (after folding).
    static func isKana(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) || $0.value == 0x30FC }
    }

    /// Romaji key: lower case ASCII letters only; macrons and circumflexes dropped; long
    /// vowels collapsed (oo, ou → o; uu → u); m before b, m, p read as n. Applied to both the
    /// data and the input, so "Kōriyama", "kooriyama", "kouriyama" and "koriyama" meet.
    static func romaji(_ s: String) -> String {
        let plain = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var letters = Array(plain.unicodeScalars.filter { $0.value >= 97 && $0.value <= 122 }.map { Character($0) })
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

    /// True when the text is romaji-like: ASCII letters with optional separators and macrons.
    static func isRomaji(_ s: String) -> Bool {
        let plain = s.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return !plain.isEmpty && plain.unicodeScalars.allSatisfy {
            ($0.value >= 65 && $0.value <= 90) || ($0.value >= 97 && $0.value <= 122) || "-' _.".unicodeScalars.contains($0)
        } && plain.unicodeScalars.contains { ($0.value | 0x20) >= 97 && ($0.value | 0x20) <= 122 }
    }

    /// Edit distance over Characters for suggestions, counting a swap of two neighbours as
    /// one edit (optimal string alignment), so `shwo` is one edit from `show`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, rows[i - 2][j - 2] + 1) }
                rows[i][j] = d
            }
        }
        return rows[a.count][b.count]
    }
}
