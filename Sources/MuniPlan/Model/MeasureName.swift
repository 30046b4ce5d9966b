import Foundation

/// The words that name a measure: its id, its Japanese name (ＩＣＴアドバイザー市町村派遣事業)
/// and its short alias (アドバイザー派遣), typed in full-width or half-width alike.
public enum MeasureName {
    /// NFKC (full-width ASCII → ASCII, half-width katakana → full-width), lower case, no spaces.
    static func fold(_ word: String) -> String {
        // U+3000, which NFKC makes a space, goes either way.
        widthFolded(word).lowercased().filter { $0 != " " && $0 != "\u{3000}" }
    }

    /// NFKC alone: ａｄｖｉｓｏｒ, as an IME types it, is advisor; case is kept.
    static func widthFolded(_ word: String) -> String {
        // Without Foundation's for the usual text: the catalogue folds every measure's name
        // and alias at start-up.
        TextFolding.nfkc(word)
    }
}

extension Dataset {
    /// The id of the measure a typed word names: the id itself (exactly, as scripts have
    /// always typed it, or in full-width letters: the same word to NFKC), or the measure's name
    /// or alias after folding. nil when none matches (callers report the word as typed).
    public func measureID(for word: String) -> String? {
        // An id as typed (most words): found by comparing ids, not by copying out its measure.
        if measures.contains(where: { $0.id == word }) { return word }
        let width = MeasureName.widthFolded(word)
        if width != word, measures.contains(where: { $0.id == width }) { return width }
        let folded = MeasureName.fold(word)
        guard !folded.isEmpty else { return nil }
        return measures.first { measure in
            [measure.name, measure.alias ?? ""].contains { MeasureName.fold($0) == folded }
        }?.id
    }

    /// Why `word` names no measure: the measures whose id, name or alias holds it (アドバイザー
    /// is part of アドバイザー派遣) as what was meant, else every id.
    public func unknownMeasure(_ word: String) -> PlanError {
        let meant = measures(partlyNamed: word)
        return meant.isEmpty ? .unknownMeasure(word, known: measures.map(\.id)) : .measurePartlyNamed(word, meant: meant)
    }

    /// What to type for each measure `word` is part of: its alias when `word` is Japanese
    /// (ｍｙｎｕｍ, full-width Latin, folds to ASCII: ids), else its id. Catalogue order; none for one character.
    func measures(partlyNamed word: String) -> [String] {
        guard !Suggest.isTooLong(word) else { return [] }
        let folded = MeasureName.fold(word)
        guard folded.count >= 2 else { return [] }
        let ascii = folded.utf8.allSatisfy { $0 < 0x80 }
        return measures.filter { measure in
            [measure.id, measure.name, measure.alias ?? ""].contains { MeasureName.fold($0).contains(folded) }
        }.map { ascii ? $0.id : $0.alias ?? $0.id }
    }

    /// Ids and aliases, for completion: what a user can type to name a measure.
    public var measureWords: [String] { measures.map(\.id) + measures.compactMap(\.alias) }
}
