/// The one way every command names bodies: codes, names with or without suffix, kana,
/// romaji, and selectors (`district:会津`, `kind:village`, `group:evac12`, `covered:advisor`,
/// `all`). Input that fits two bodies is ambiguous, never guessed.
public struct BodyResolver: Sendable {
    public let dataset: Dataset
    /// Names, short names, codes (5 and 6 digits) and ids → codes.
    private let literal: [String: [String]]
    /// Kana keys (full reading, and reading without the suffix) → codes.
    private let kanaIndex: [String: [String]]
    /// Romaji keys (with and without a suffix word) → codes: exact letters first, then
    /// with long vowels collapsed (`TextFolding.romaji`).
    private let romajiExact: [String: [String]]
    private let romajiIndex: [String: [String]]
    /// Each body's folded forms for suggestions, in `dataset.bodies` order: folded once
    /// here, not once per body for every unknown name.
    private let suggestionKeys: [SuggestionKeys]
    /// Each district's romaji key, in `dataset.districts` order, and every group name:
    /// for selectors, which a line may repeat many times.
    let districtKeys: [String]
    let groupNames: Set<String>

    public init(dataset: Dataset) {
        self.dataset = dataset
        var literal: [String: [String]] = [:], kana: [String: [String]] = [:], romaji: [String: [String]] = [:], exact: [String: [String]] = [:]
        var keys: [SuggestionKeys] = []
        keys.reserveCapacity(dataset.bodies.count)
        func add(_ key: String, _ code: String, to index: inout [String: [String]]) {
            guard !key.isEmpty else { return }
            if index[key]?.contains(code) != true { index[key, default: []].append(code) }
        }
        for body in dataset.bodies {
            add(body.code, body.code, to: &literal)
            if BodyCode.isValid(body.code) { add(String(body.code.prefix(5)), body.code, to: &literal) }
            add(body.name, body.code, to: &literal)
            if let short = body.shortName { add(short, body.code, to: &literal) }
            let reading = TextFolding.kana(body.kana)
            add(reading, body.code, to: &kana)
            for suffix in Self.kanaSuffixes(body.kind) where reading.hasSuffix(suffix) && reading.count > suffix.count {
                add(String(reading.dropLast(suffix.count)), body.code, to: &kana)
            }
            let key = TextFolding.romaji(body.romaji)
            add(key, body.code, to: &romaji)
            for suffix in Self.romajiSuffixes(body.kind) { add(key + TextFolding.romaji(suffix), body.code, to: &romaji) }
            let letters = TextFolding.romajiLetters(body.romaji)
            add(letters, body.code, to: &exact)
            for suffix in Self.romajiSuffixes(body.kind) { add(letters + suffix, body.code, to: &exact) }
            keys.append(SuggestionKeys(body, reading: reading, romaji: key))
        }
        self.literal = literal
        self.kanaIndex = kana
        self.romajiIndex = romaji
        self.romajiExact = exact
        self.suggestionKeys = keys
        self.districtKeys = dataset.districts.map { TextFolding.romaji($0.romaji) }
        self.groupNames = Set(dataset.bodies.flatMap(\.groups))
    }

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

    private func single(_ text: String) throws(ResolveError) -> Body {
        // ASCII without spaces (a code, as `save` writes 20,000 of them a line) is its own
        // kana key: NFKC leaves ASCII as it is and only spaces would be dropped.
        let digits = text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 }) ? text : TextFolding.kana(text)
        if digits.utf8.count == 6, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), literal[digits] == nil {
            let expected = BodyCode.withCheckDigit(String(digits.prefix(5))) ?? "?"
            if !BodyCode.isValid(digits), literal[expected] != nil { throw .wrongCheckDigit(digits, expected: expected) }
        }
        var matches = literal[text] ?? literal[digits] ?? []
        if matches.isEmpty { matches = kanaIndex[digits] ?? [] }
        if matches.isEmpty, TextFolding.isRomaji(text) {
            matches = romajiExact[TextFolding.romajiLetters(text)] ?? romajiIndex[TextFolding.romaji(text)] ?? []
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
        for (body, keys) in zip(dataset.bodies, suggestionKeys) {
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

/// One body's forms as `BodyResolver.suggestions` compares them.
private struct SuggestionKeys: Sendable {
    /// The romaji key (`TextFolding.romaji`).
    let romaji: [Character]
    /// The name, the name without its suffix, and the folded kana reading.
    let names: [[Character]]
    /// The reading without its kind's kana suffix (`ふくしま` for `ふくしまし`).
    let readingStems: [[Character]]

    /// `reading` and `romaji` folded already (`TextFolding.kana`, `TextFolding.romaji`).
    init(_ body: Body, reading: String, romaji: String) {
        self.romaji = Array(romaji)
        names = [body.name, body.shortName ?? body.name, reading].map { Array($0) }
        readingStems = BodyResolver.kanaSuffixes(body.kind).filter { reading.hasSuffix($0) }
            .map { Array(reading.dropLast($0.count)) }
    }
}
