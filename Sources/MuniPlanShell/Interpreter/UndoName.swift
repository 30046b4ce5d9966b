import MuniPlan

/// The name a change has on the undo stack: the command as typed, its words quoted where
/// needed and joined, cut at 80 scalars (`assign advisor 檜枝岐村`). Kept as the words and
/// made only when `undo` or `redo` shows it: a script line no longer quotes and joins its
/// words for a name that is seldom read.
struct UndoName: MessageArgument, Equatable {
    static let limit = 80
    /// Each word takes at least two scalars with its space, so no word past these reaches
    /// the limit: an `assign` of thousands of codes keeps these, not every code.
    private let words: [Lexer.Word]

    init() { words = [] }

    init(_ words: [Lexer.Word]) { self.words = words.count > Self.limit ? Array(words.prefix(Self.limit)) : words }

    var text: String { Excerpt.of(words.map { Lexer.quote($0.text) }.joined(separator: " "), limit: Self.limit) }

    func text(in language: Language) -> String { text }
}
