/// Why a body or selector could not be resolved; messages suggest what was meant.
public enum ResolveError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownBody(String, suggestions: [Body])
    /// The name of a district where a body was asked for (`show 会津`, `show aizu`).
    case districtNotBody(String, district: String)
    case ambiguous(String, candidates: [Body])
    case wrongCheckDigit(String, expected: String)
    case unknownSelector(String)
    /// A value the selector does not know; `covered:` names a measure.
    case unknownSelectorValue(selector: SelectorKey, value: String, known: [String])
    /// Nothing after the colon (`covered: advisor`, a space typed after it).
    case selectorValueMissing(SelectorKey)
    case emptySelection(String)
    case coverageUnavailable(String)

    public var message: Message {
        switch self {
        case let .unknownBody(input, suggestions):
            let typed = Excerpt.of(input, limit: 64)
            guard !suggestions.isEmpty else { return Message.Naming.unknownBody(input: typed) }
            let names: [any MessageArgument] = suggestions.map { Message.Naming.suggested(name: $0.label) }
            return Message.Naming.unknownBodyDidYouMean(input: typed, suggestions: Self.alternatives(names))
        case let .districtNotBody(input, district):
            return Message.Naming.districtNotBody(input: Excerpt.of(input, limit: 64), district: district)
        case let .ambiguous(input, candidates):
            let list = MessageList(candidates.prefix(8).map { "\($0.label) \($0.code)" })
            return Message.Naming.ambiguous(input: input, count: candidates.count, candidates: list)
        case let .wrongCheckDigit(code, expected):
            return Message.Naming.wrongCheckDigit(code: code, expected: expected)
        case let .unknownSelector(key):
            return Message.Naming.unknownSelector(key: key, keys: Self.alternatives(SelectorKey.allCases.map(\.prefix)))
        case let .unknownSelectorValue(selector, value, known):
            return Message.Naming.unknownSelectorValue(selector: selector.valueName, value: value, known: MessageList(known))
        case let .selectorValueMissing(selector):
            return Message.Naming.selectorValueMissing(prefix: selector.prefix, selector: selector.valueName, example: selector.example)
        case let .emptySelection(term):
            return Message.Naming.emptySelection(term: term)
        case let .coverageUnavailable(term):
            return Message.Naming.coverageUnavailable(term: term)
        }
    }

    public var description: String { message.description }

    /// `a, b or c` / `a、bまたはc`; one item alone as it is.
    static func alternatives(_ items: [any MessageArgument]) -> any MessageArgument {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return Message.Naming.either(some: MessageList(Array(items.dropLast())), last: last)
    }
}

extension SelectorKey {
    /// What the selector's value names, for `unknown district '…'`.
    /// The selector as help writes it.
    var example: String {
        switch self {
        case .district: "district:会津"
        case .kind: "kind:village"
        case .group: "group:evac12"
        case .covered: "covered:advisor"
        }
    }

    var valueName: Message {
        switch self {
        case .district: Message.Naming.selectorDistrict
        case .kind: Message.Naming.selectorKind
        case .group: Message.Naming.selectorGroup
        case .covered: Message.Naming.selectorMeasure
        }
    }
}
