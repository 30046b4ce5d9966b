/// Nearest-name suggestions for typos.
public enum Suggest {
    /// Input longer than this many Unicode scalars gets no suggestion: nobody mistypes a
    /// name that long, and a word from a hostile file (a 2 MB line is one word) must cost
    /// nothing to refuse. Scalars, not Characters: one Character can hold any number of them.
    public static let maxLength = 64

    /// Whether `word` is too long to look for what it might have meant.
    public static func isTooLong(_ word: String) -> Bool {
        !word.unicodeScalars.dropFirst(maxLength).isEmpty
    }

    /// The most edits a suggestion may be from a word of `length` Characters.
    static func threshold(_ length: Int) -> Int { max(1, length / 3) }

    /// The known word closest to `word`, if it is close enough to be a plausible typo;
    /// ties go to the word first in code-point order.
    public static func closest(_ word: String, in known: [String]) -> String? {
        guard !isTooLong(word) else { return nil }
        let typed = Array(word.lowercased())
        var best: (word: String, distance: Int)?
        for candidate in known {
            // Only as far as the best so far: a farther word cannot win.
            let limit = best?.distance ?? threshold(word.count)
            guard let distance = TextFolding.distance(typed, Array(candidate.lowercased()), limit: limit) else { continue }
            if let current = best, distance == current.distance, current.word <= candidate { continue }
            best = (candidate, distance)
        }
        return best?.word
    }
}
