/// Nearest-name suggestions for typos.
public enum Suggest {
    /// The known word closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(_ word: String, in known: [String]) -> String? {
        let scored = known.map { (word: $0, distance: TextFolding.distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance != $1.distance ? $0.distance < $1.distance : $0.word < $1.word }) else { return nil }
        return best.distance <= max(1, word.count / 3) ? best.word : nil
    }
}
