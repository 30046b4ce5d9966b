/// Why a body or selector could not be resolved; messages suggest what was meant.
public enum ResolveError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownBody(String, suggestions: [Body])
    case ambiguous(String, candidates: [Body])
    case wrongCheckDigit(String, expected: String)
    case unknownSelector(String)
    case unknownSelectorValue(selector: String, value: String, known: [String])
    case emptySelection(String)
    case coverageUnavailable(String)

    public var description: String {
        switch self {
        case let .unknownBody(input, suggestions):
            guard !suggestions.isEmpty else { return "unknown body '\(Excerpt.of(input, limit: 64))'" }
            let names = suggestions.map(\.label)
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            return "unknown body '\(Excerpt.of(input, limit: 64))' — did you mean \(list)?"
        case let .ambiguous(input, candidates):
            let list = candidates.prefix(8).map { "\($0.label) \($0.code)" }.joined(separator: ", ")
            return "ambiguous body '\(input)' — it fits \(candidates.count): \(list); use the code"
        case let .wrongCheckDigit(code, expected):
            return "wrong check digit in code \(code) — did you mean \(expected)?"
        case let .unknownSelector(key):
            let keys = SelectorKey.allCases.map(\.prefix)
            return "unknown selector '\(key):' — use \(keys.dropLast().joined(separator: ", ")) or \(keys[keys.count - 1])"
        case let .unknownSelectorValue(selector, value, known):
            return "unknown \(selector) '\(value)' — known: \(known.joined(separator: ", "))"
        case let .emptySelection(term):
            return "'\(term)' selects no body"
        case let .coverageUnavailable(term):
            return "'\(term)' needs a plan (covered: works where a command has one)"
        }
    }
}
