import MuniPlan

/// Mutations of a command line, by Unicode scalar: what a hostile file or a slip of the
/// IME puts in one. Lines stay valid UTF-8 without NUL (a file with those is refused
/// whole, which would waste the rest of a batch); `bytes(_:_:)` makes those separately.
public struct LineMutator: Sendable {
    public let hugeNumbers: Bool

    public init(hugeNumbers: Bool) { self.hugeNumbers = hugeNumbers }

    /// Characters and fragments that have broken parsers: quotes, escapes, separators,
    /// controls, marks that fuse with the character before them, invisible and bidi
    /// characters, full-width forms, CJK and emoji.
    public static let noise: [String] = [
        "'", "\"", "\\", ";", "#", "　", "\t", "\u{1B}", "\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{8}", "\r", "\u{200B}", "\u{200D}", "\u{FE0F}", "\u{202E}", "\u{2066}", "\u{2028}", "\u{61C}", "\u{301}", "\u{3099}",
        "\u{FEFF}", "\u{FFFD}", "\u{AD}", "ｶ", "ア", "檜", "—", "〜", "−", "🙂", "👨‍👩‍👧", "🇯🇵", "$", "`", "|", ":", "--", "=", "＝", "＋",
        "－", "＠", "=1+1", "..", "/", "../", "%", ",", "_", "e", "~", "*", "?", "{", "}", "[", "]", "&&", "$(id)", "\u{10FFFF}",
        "\u{E000}", "ǅ", "ß", "İ", "ﬃ",
    ]

    public func mutate(_ line: String, _ g: inout RandomSource) -> String {
        var scalars = Array(line.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &g) {
            let i = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &g)
            switch Int.random(in: 0..<14, using: &g) {
            case 0 where !scalars.isEmpty: scalars.remove(at: i)
            case 1 where !scalars.isEmpty: scalars.insert(scalars[i], at: i)
            case 2 where scalars.count > 1 && i + 1 < scalars.count: scalars.swapAt(i, i + 1)
            case 3: scalars.append(contentsOf: " \\".unicodeScalars)  // continues on the next line
            case 4:
                // After a slash: the issue's combining mark that a String fuses with it.
                if let slash = scalars.firstIndex(of: "/") {
                    scalars.insert(["\u{301}", "\u{200D}", "\u{FE0F}", "\u{3099}"].randomElement(using: &g)!, at: slash + 1)
                } else {
                    scalars.insert("\u{301}", at: i)
                }
            case 5: scalars = Array(Self.fullWidth(String(String.UnicodeScalarView(scalars))).unicodeScalars)
            case 6:
                let number = (hugeNumbers ? FuzzVocabulary.hugeNumbers : ["12345678901", "0.0000001", "-0"]).randomElement(using: &g)!
                scalars.insert(contentsOf: (" " + number).unicodeScalars, at: i)
            case 7: scalars.insert(contentsOf: String(repeating: "あ", count: Int.random(in: 100...3000, using: &g)).unicodeScalars, at: i)
            case 8: scalars.insert(contentsOf: "; ".unicodeScalars, at: i)
            case 9: scalars.insert("#", at: i)
            default: scalars.insert(contentsOf: Self.noise.randomElement(using: &g)!.unicodeScalars, at: i)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// ASCII letters, digits and punctuation as their full-width forms (ａｌｌｏｃａｔｅ １９).
    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x21...0x7E).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
    }

    /// A line's bytes with what text cannot hold: invalid UTF-8, lone continuation bytes,
    /// overlong forms, surrogates, NUL.
    public static func bytes(_ line: String, _ g: inout RandomSource) -> [UInt8] {
        var bytes = Array(line.utf8)
        let fragments: [[UInt8]] = [[0xFF], [0xC3], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00],
                                    [0x82, 0xA0], [0xE3, 0x81]]
        for _ in 0..<Int.random(in: 1...2, using: &g) {
            bytes.insert(contentsOf: fragments.randomElement(using: &g)!, at: Int.random(in: 0...bytes.count, using: &g))
        }
        return bytes
    }
}
