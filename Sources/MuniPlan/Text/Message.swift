/// A sentence for a person, not yet in a language: the key of a catalogue entry and the
/// values of its placeholders. `text(in:)` makes it; every sentence muniplan shows is one.
/// The accessors (`Message.Shell.nothingToUndo`, …) are compiled from the catalogue.
public struct Message: Sendable, CustomStringConvertible, MessageArgument {
    public let key: String
    /// Picks a plural form (English: one or other; Japanese has one).
    public let count: Int?
    /// The placeholders' values, in the order the accessor takes them (its parameters').
    let arguments: [any MessageArgument]
    /// The entry's texts as compiled, placeholders already found; nil for a bare key.
    let forms: CatalogueForms?

    /// A catalogue entry by key alone: its text with any placeholder left visible.
    public init(key: String) {
        self.init(key: key, count: nil, arguments: [], forms: nil)
    }

    init(key: String, count: Int? = nil, arguments: [any MessageArgument] = [], forms: CatalogueForms?) {
        self.key = key
        self.count = count
        self.arguments = arguments
        self.forms = forms
    }

    public func text(in language: Language) -> String {
        // A form without placeholders is its text as compiled.
        if let forms, case let pieces = form(language == .japanese ? forms.japanese : forms.english, in: language),
           pieces.count == 1, case let .text(text) = pieces[0] { return text }
        // Into bytes with room for a line, made a String once: appending to a String cost a
        // few hundred instructions a piece.
        var out: [UInt8] = []
        out.reserveCapacity(128)
        write(into: &out, in: language)
        return String(decoding: out, as: UTF8.self)
    }

    /// Positional arguments into compiled pieces: no dictionary of names a sentence, no
    /// reading of the template (a script's change summary is a sentence a line). A message
    /// in a placeholder writes its pieces here too, not a String of its own.
    public func write(into out: inout [UInt8], in language: Language) {
        guard let forms else {
            guard let texts = MessageCatalogue.texts[key] else { return out.appendUTF8(key) }
            return out.appendUTF8(CatalogueTemplate.fill(form(language == .japanese ? texts.japanese : texts.english, in: language)) { _ in nil })
        }
        for piece in form(language == .japanese ? forms.japanese : forms.english, in: language) {
            switch piece {
            case let .text(text): out.appendUTF8(text)
            case let .argument(index): arguments[index].write(into: &out, in: language)
            }
        }
    }

    private func form<Form>(_ forms: [Form], in language: Language) -> Form {
        language == .english && count != 1 && forms.count > 1 ? forms[1] : forms[0]
    }

    /// English, as tests and logs read it.
    public var description: String { text(in: .english) }
}

/// One catalogue entry's forms (English one or two, Japanese one), each as its run of pieces.
/// The catalogue compiler writes one constant of these an entry.
struct CatalogueForms: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// The message's argument at this position.
        case argument(Int)
    }

    let english: [[Piece]]
    let japanese: [[Piece]]
}

/// A value that goes into a message's placeholder: plain text and numbers as they are,
/// another message in the same language.
public protocol MessageArgument: Sendable {
    func text(in language: Language) -> String
    /// The text appended to `out`: what a message writes for the placeholder this fills.
    func write(into out: inout [UInt8], in language: Language)
}

extension MessageArgument {
    public func write(into out: inout [UInt8], in language: Language) { out.appendUTF8(text(in: language)) }
}

extension String: MessageArgument {
    public func text(in language: Language) -> String { self }
}

extension Substring: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Int: MessageArgument {
    public func text(in language: Language) -> String { String(self) }

    /// The digits through a buffer on the stack, appended at once: no String made for a count.
    public func write(into out: inout [UInt8], in language: Language) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
            var rest = magnitude, start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if self < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}

extension Array where Element == UInt8 {
    /// A string's bytes appended in one copy (appending its UTF8View went byte by byte).
    public mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
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
