import TestSupport
import Testing
@testable import MuniPlan

/// "Did you mean" suggestions: the banded edit distance gives what the full one gives, and
/// input of any length is refused or answered without a hang (issue #11).
@Suite("suggestions")
struct SuggestTests {
    /// The full optimal-string-alignment table, as suggestions were computed before the band.
    static func fullDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                var d = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, rows[i - 2][j - 2] + 1) }
                rows[i][j] = d
            }
        }
        return rows[a.count][b.count]
    }

    static func randomWord(_ rng: inout AllocationRNG, alphabet: [Character], maxLength: Int) -> [Character] {
        (0..<Int.random(in: 0...maxLength, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
    }

    @Test("the banded distance is the full distance wherever it is within the limit")
    func bandedMatchesFull() {
        var rng = AllocationRNG(seed: 11)
        // A small alphabet makes swaps, repeats and near misses common.
        let alphabet: [Character] = ["a", "b", "c", "村", "が"]
        for _ in 0..<3_000 {
            let a = Self.randomWord(&rng, alphabet: alphabet, maxLength: 12)
            var b = Self.randomWord(&rng, alphabet: alphabet, maxLength: 12)
            if Bool.random(using: &rng), !a.isEmpty {
                // A near copy: one or two edits of `a`.
                b = a
                let i = Int.random(in: 0..<b.count, using: &rng)
                if i + 1 < b.count { b.swapAt(i, i + 1) } else { b[i] = "x" }
            }
            let full = Self.fullDistance(a, b)
            for limit in 0...9 {
                let banded = TextFolding.distance(a, b, limit: limit)
                #expect(banded == (full <= limit ? full : nil), "\(String(a)) / \(String(b)), limit \(limit): full \(full)")
            }
        }
    }

    @Test("typos of command names are suggested as before", arguments: [
        ("bodis", "bodies"), ("shwo", "show"), ("measure", "measures"), ("alocate", "allocate"),
        ("EXPLIAN", "explain"), ("sav", "save"),
    ])
    func commandTypos(typed: String, meant: String) {
        let names = ["bodies", "show", "measures", "allocate", "explain", "save", "snapshot", "districts", "kpi"]
        #expect(Suggest.closest(typed, in: names) == meant)
    }

    @Test("ties go to the word first in code-point order, whatever the list's order")
    func ties() {
        #expect(Suggest.closest("cat", in: ["cot", "bat"]) == "bat")
        #expect(Suggest.closest("cat", in: ["bat", "cot"]) == "bat")
        #expect(Suggest.closest("xyzzy", in: ["bat", "cot"]) == nil)
    }

    @Test("a word longer than Suggest.maxLength gets no suggestion, even when one is near")
    func longWordsGetNone() {
        let near = String(repeating: "a", count: Suggest.maxLength)
        #expect(Suggest.closest(near + "b", in: [near]) == nil)
        #expect(Suggest.closest(String(near.dropLast()) + "b", in: [near]) == near)
        // One Character of many scalars counts by its scalars.
        #expect(Suggest.isTooLong("e" + String(repeating: "\u{301}", count: Suggest.maxLength)))
        let huge = String(repeating: "x", count: 2_000_000)
        #expect(Suggest.closest(huge, in: [huge, "show"]) == nil)
    }

    @Test("an unknown 100,000-character body name among 20,000 bodies is refused without suggestions")
    func longUnknownBody() throws {
        let resolver = BodyResolver(dataset: makeDataset(Self.syntheticBodies(20_000)))
        for word in [String(repeating: "x", count: 100_000), String(repeating: "あ", count: 100_000)] {
            #expect(throws: ResolveError.unknownBody(word, suggestions: [])) { try resolver.body(word) }
        }
        // A typo among the 20,000 is still found, closest first.
        let meant = resolver.dataset.bodies[12_345]
        var typo = Array(meant.romaji)
        typo.swapAt(1, 2)
        #expect(resolver.suggestions(for: String(typo)).first?.code == meant.code)
    }

    /// `count` bodies with distinct romaji names (`kabaabaa…`) and the matching kana.
    static func syntheticBodies(_ count: Int) -> [Body] {
        let syllables: [(kana: String, romaji: String)] = [("か", "ka"), ("き", "ki"), ("さ", "sa"), ("た", "ta"),
                                                           ("な", "na"), ("は", "ha"), ("ま", "ma"), ("ら", "ra")]
        return (0..<count).map { n in
            var digits = n, parts: [(kana: String, romaji: String)] = []
            for _ in 0..<6 {
                parts.append(syllables[digits % syllables.count])
                digits /= syllables.count
            }
            let kana = parts.map(\.kana).joined(), romaji = parts.map(\.romaji).joined()
            return makeBody(String(10_000 + n), "合成\(n)村", kana: kana + "むら", romaji: romaji, kind: .village,
                            district: "d\(n % 7)")
        }
    }
}
