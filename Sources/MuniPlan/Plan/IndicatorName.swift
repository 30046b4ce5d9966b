/// What may name an indicator column: an `Identifier` (`aging`), or a Japanese column name
/// as staff write it (`高齢化率`, `人口（2020）`). A Japanese name holds only kana, kanji,
/// full-width forms, `ー々・` and identifier characters, and no space, quote or ASCII
/// punctuation: it stays one word to the command language, in `weight` and in `save`.
public enum IndicatorName {
    /// Longest Japanese name, in characters: a heading, not a sentence.
    static let maxLength = 40

    public static func isValid(_ name: String) -> Bool {
        if Identifier.isValid(name) { return true }
        guard let first = name.unicodeScalars.first, isJapanese(first), name.count <= maxLength else { return false }
        return name.unicodeScalars.allSatisfy { isJapanese($0) || isIdentifierCharacter($0) }
    }

    private static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005, 0x3006, 0x30FB, 0x30FC: true // 々 〆 ・ ー
        case 0x3041...0x3096, 0x30A1...0x30FA: true // hiragana, katakana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: true // kanji
        case 0xFF01...0xFF5E: scalar != "\u{FF02}" && scalar != "\u{FF07}" // full-width forms but quotes
        default: false
        }
    }

    private static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (97...122).contains(scalar.value) || (48...57).contains(scalar.value) || scalar == "-"
    }
}
