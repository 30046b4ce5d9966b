/// A sentence for a person, not yet in a language: the key of a catalogue entry and the
/// values of its placeholders. `text(in:)` makes it; every sentence muniplan shows is one.
/// The accessors (`Message.Shell.nothingToUndo`, …) are compiled from the catalogue.
public struct Message: Sendable, CustomStringConvertible, MessageArgument {
    public let key: String
    /// Picks a plural form (English: one or other; Japanese has one).
    public let count: Int?
    public let arguments: [String: any MessageArgument]

    public init(key: String, count: Int? = nil, arguments: [String: any MessageArgument] = [:]) {
        self.key = key
        self.count = count
        self.arguments = arguments
    }

    public func text(in language: Language) -> String {
        guard let texts = MessageCatalogue.texts[key] else { return key }
        let forms = language == .japanese ? texts.japanese : texts.english
        let form = language == .english && count != 1 && forms.count > 1 ? forms[1] : forms[0]
        return CatalogueTemplate.fill(form) { name in arguments[name]?.text(in: language) }
    }

    /// English, as tests and logs read it.
    public var description: String { text(in: .english) }
}

/// A value that goes into a message's placeholder: plain text and numbers as they are,
/// another message in the same language.
public protocol MessageArgument: Sendable {
    func text(in language: Language) -> String
}

extension String: MessageArgument {
    public func text(in language: Language) -> String { self }
}

extension Substring: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Int: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

/// A list of values joined the way each language writes a list: `a, b` and `a、b`.
public struct MessageList: MessageArgument {
    public let items: [any MessageArgument]

    public init(_ items: [any MessageArgument]) { self.items = items }

    public func text(in language: Language) -> String {
        items.map { $0.text(in: language) }.joined(separator: language == .japanese ? "、" : ", ")
    }
}

/// Both languages of one catalogue entry, as compiled.
struct CatalogueTexts: Sendable {
    let english: [String]
    let japanese: [String]
}
