import Synchronization

/// What `BodyResolver` looks names up in: codes and names as they are, kana and romaji
/// keys folded (`TextFolding`), district keys and group names.
struct BodyIndexes: Sendable {
    /// Names, short names, codes (5 and 6 digits) and ids → codes.
    let literal: [String: [String]]
    /// Kana keys (full reading, and reading without the suffix) → codes.
    let kana: [String: [String]]
    /// Romaji keys (with and without a suffix word) → codes: exact letters first, then
    /// with long vowels collapsed (`TextFolding.romaji`).
    let romajiExact: [String: [String]]
    let romaji: [String: [String]]
    /// Each district's romaji key, in `dataset.districts` order, and every group name.
    let districtKeys: [String]
    let groupNames: Set<String>

    init(_ dataset: Dataset) {
        var literal: [String: [String]] = [:], kana: [String: [String]] = [:], romaji: [String: [String]] = [:], exact: [String: [String]] = [:]
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
            for suffix in BodyResolver.kanaSuffixes(body.kind) where reading.hasSuffix(suffix) && reading.count > suffix.count {
                add(String(reading.dropLast(suffix.count)), body.code, to: &kana)
            }
            let key = TextFolding.romaji(body.romaji)
            add(key, body.code, to: &romaji)
            for suffix in BodyResolver.romajiSuffixes(body.kind) { add(key + TextFolding.romaji(suffix), body.code, to: &romaji) }
            let letters = TextFolding.romajiLetters(body.romaji)
            add(letters, body.code, to: &exact)
            for suffix in BodyResolver.romajiSuffixes(body.kind) { add(letters + suffix, body.code, to: &exact) }
        }
        self.literal = literal
        self.kana = kana
        self.romaji = romaji
        self.romajiExact = exact
        self.districtKeys = dataset.districts.map { TextFolding.romaji($0.romaji) }
        self.groupNames = Set(dataset.bodies.flatMap(\.groups))
    }
}

/// The indexes of one data set, built the first time a name is looked up, and the
/// spellings resolved since (text → the body's rank), for a session's scripts to look up once each.
final class BodyIndexStore: Sendable {
    /// Spellings remembered at most: past it the memo starts again, so a script of a
    /// million distinct misspellings cannot grow it without bound.
    static let memoLimit = 10_000

    private let dataset: Dataset
    private let built = Mutex<BodyIndexes?>(nil)
    private let suggestionKeys = Mutex<[SuggestionKeys]?>(nil)
    /// Spelling → the body's rank in `dataset.bodies`.
    private let memo = Mutex<[Spelling: Int]>([:])

    init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    var indexes: BodyIndexes {
        built.withLock { built in
            if let built { return built }
            let made = BodyIndexes(dataset)
            built = made
            return made
        }
    }

    /// Each body's folded forms for suggestions, in `dataset.bodies` order: folded once,
    /// when a name is first unknown, not once per body for every unknown name.
    var suggestions: [SuggestionKeys] {
        suggestionKeys.withLock { keys in
            if let keys { return keys }
            let made = dataset.bodies.map { SuggestionKeys($0, reading: TextFolding.kana($0.kana), romaji: TextFolding.romaji($0.romaji)) }
            keys = made
            return made
        }
    }

    func resolved(_ text: String) -> Int? { memo.withLock { $0[Spelling(text: text)] } }

    func remember(_ text: String, as rank: Int) {
        memo.withLock { memo in
            if memo.count >= Self.memoLimit { memo.removeAll(keepingCapacity: true) }
            memo[Spelling(text: text)] = rank
        }
    }
}

/// One body's forms as `BodyResolver.suggestions` compares them.
struct SuggestionKeys: Sendable {
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

/// A spelling as the memo keys it: by its bytes. A String hashes and compares Japanese text
/// through its normalized form, most of a look-up; two spellings the same but for
/// normalization are two keys here, each resolved once to the same body.
private struct Spelling: Hashable {
    let text: String

    static func == (a: Spelling, b: Spelling) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { x in y.withUTF8 { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
