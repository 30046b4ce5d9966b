/// The one way every command names bodies: codes, names with or without suffix, kana,
/// romaji, and selectors (`district:会津`, `kind:village`, `group:evac12`, `covered:advisor`,
/// `all`). Input that fits two bodies is ambiguous, never guessed.
public struct BodyResolver: Sendable {
    public let dataset: Dataset
    /// The indexes, built on first use (a `-c kpi` resolves nothing, and folding 1,741
    /// names was most of the nationwide start-up), and the names resolved so far; shared
    /// by copies of the resolver, as a session is copied to roll back a failed line.
    let store: BodyIndexStore

    public init(dataset: Dataset) {
        self.dataset = dataset
        self.store = BodyIndexStore(dataset)
    }

    private var indexes: BodyIndexes { store.indexes }
    /// Each district's romaji key, in `dataset.districts` order, and every group name:
    /// for selectors, which a line may repeat many times.
    var districtKeys: [String] { indexes.districtKeys }
    var groupNames: Set<String> { indexes.groupNames }

    static func kanaSuffixes(_ kind: BodyKind) -> [String] {
        switch kind {
        case .city: ["し"]
        case .town: ["まち", "ちょう"]
        case .village: ["むら", "そん"]
        case .ward: ["く"]
        case .association: []
        }
    }

    static func romajiSuffixes(_ kind: BodyKind) -> [String] {
        switch kind {
        case .city: ["shi", "city"]
        case .town: ["machi", "cho", "town"]
        case .village: ["mura", "son", "village"]
        case .ward: ["ku", "ward"]
        case .association: []
        }
    }

    /// Resolves one body; selectors are refused unless they select exactly one body.
    public func body(_ term: String) throws(ResolveError) -> Body {
        let found = try bodies(term, coverage: nil)
        guard found.count == 1 else { throw .ambiguous(term, candidates: found) }
        return found[0]
    }

    /// Resolves a body or selector to bodies in code order. `coverage` answers `covered:MEASURE`
    /// (it may throw its own error, e.g. for an unknown measure).
    public func bodies(_ term: String, coverage: ((String) throws -> Set<String>)? = nil) throws(ResolveError) -> [Body] {
        if let selector = try selector(term) { return try bodies(selector, term: term, coverage: coverage) }
        return try [single(term.trimmingWhitespace())]
    }

    func single(_ text: String) throws(ResolveError) -> Body {
        // A script names the same bodies line after line: each spelling is worked out once.
        if let rank = store.resolved(text) { return dataset.bodies[rank] }
        let body = try resolve(text)
        if let rank = dataset.rank(of: body.code) { store.remember(text, as: rank) }
        return body
    }

    private func resolve(_ text: String) throws(ResolveError) -> Body {
        let indexes = self.indexes
        let literal = indexes.literal
        // ASCII without spaces (a code, as `save` writes 20,000 of them a line) is its own
        // kana key: NFKC leaves ASCII as it is and only spaces would be dropped.
        let digits = text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 }) ? text : TextFolding.kana(text)
        if digits.utf8.count == 6, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), literal[digits] == nil {
            let expected = BodyCode.withCheckDigit(String(digits.prefix(5))) ?? "?"
            if !BodyCode.isValid(digits), literal[expected] != nil { throw .wrongCheckDigit(digits, expected: expected) }
        }
        var matches = literal[text] ?? literal[digits] ?? []
        if matches.isEmpty { matches = indexes.kana[digits] ?? [] }
        if matches.isEmpty, TextFolding.isRomaji(text) {
            matches = indexes.romajiExact[TextFolding.romajiLetters(text)] ?? indexes.romaji[TextFolding.romaji(text)] ?? []
        }
        let found = matches.compactMap { dataset.body(code: $0) }.sorted(by: Dataset.codeOrder)
        switch found.count {
        case 1: return found[0]
        case 0:
            // A district's name is not a body, but staff mean its bodies: say how to select them.
            if let district = district(named: text) { throw .districtNotBody(text, district: district) }
            throw .unknownBody(text, suggestions: suggestions(for: text))
        default: throw .ambiguous(text, candidates: found)
        }
    }

    /// Up to three bodies whose names, kana or romaji are close to the input; none for
    /// input too long to be a typo (`Suggest.maxLength`).
    public func suggestions(for text: String) -> [Body] {
        guard !Suggest.isTooLong(text) else { return [] }
        let romaji = TextFolding.isRomaji(text) ? Array(TextFolding.romaji(text)) : nil
        let folded = TextFolding.kana(text)
        let kana = Array(folded)
        let limit = Suggest.threshold(romaji?.count ?? kana.count)
        let stems = TextFolding.isKana(folded)
        var scored: [(distance: Int, body: Body)] = []
        for (body, keys) in zip(dataset.bodies, store.suggestions) {
            var best: Int?
            func consider(_ typed: [Character], _ key: [Character]) {
                // Only as far as this body's best so far: a farther key cannot improve it.
                if let d = TextFolding.distance(typed, key, limit: best.map { $0 - 1 } ?? limit) { best = d }
            }
            if let romaji {
                consider(romaji, keys.romaji)
            } else {
                for key in keys.names { consider(kana, key) }
                if stems { for key in keys.readingStems { consider(kana, key) } }
            }
            if let best { scored.append((best, body)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : Dataset.codeOrder($0.body, $1.body) }
        return scored.prefix(3).map(\.body)
    }

    /// Forms the resolver accepts that begin with `prefix`, for Tab completion: romaji
    /// prefixes give romaji, kana prefixes and kanji prefixes give names.
    public func completions(prefix: String) -> [String] {
        guard !prefix.isEmpty else { return dataset.bodies.map(\.romaji) }
        var out: [String] = []
        if TextFolding.isRomaji(prefix) {
            let lowered = prefix.lowercased()
            out = dataset.bodies.map(\.romaji).filter { $0.hasPrefix(lowered) }
            if out.isEmpty {
                let key = TextFolding.romaji(prefix)
                out = dataset.bodies.filter { TextFolding.romaji($0.romaji).hasPrefix(key) }.map(\.romaji)
            }
        } else {
            let kana = TextFolding.kana(prefix)
            if TextFolding.isKana(kana) {
                out = dataset.bodies.filter { TextFolding.kana($0.kana).hasPrefix(kana) }.map(\.name)
            }
            out += dataset.bodies.filter { $0.name.hasPrefix(prefix) || $0.code.hasPrefix(prefix) }
                .map { $0.name.hasPrefix(prefix) ? $0.name : $0.code }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}
