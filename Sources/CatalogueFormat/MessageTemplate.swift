/// A message's text with its placeholders: `{name}` is filled in by the code, `{{` and `}}`
/// are literal braces. Translators may reorder placeholders but not rename them.
public struct MessageTemplate: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        case literal(String)
        case placeholder(String)
    }

    public let pieces: [Piece]

    public init(_ text: String) throws(TemplateError) {
        var pieces: [Piece] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{", next < text.endIndex, text[next] == "{" {
                literal.append("{"); index = text.index(after: next); continue
            }
            if character == "}", next < text.endIndex, text[next] == "}" {
                literal.append("}"); index = text.index(after: next); continue
            }
            if character == "}" { throw .unmatchedBrace }
            if character == "{" {
                guard let close = text[next...].firstIndex(of: "}") else { throw .unmatchedBrace }
                let name = String(text[next..<close])
                guard Self.isName(name) else { throw .badName(name) }
                if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
                pieces.append(.placeholder(name))
                index = text.index(after: close)
                continue
            }
            literal.append(character)
            index = next
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The placeholders' names, each once, in order of first use.
    public var placeholders: [String] {
        var names: [String] = []
        for case let .placeholder(name) in pieces where !names.contains(name) { names.append(name) }
        return names
    }

    /// A placeholder is a Swift-friendly lower camel-case name, since it becomes an argument label.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
        case unmatchedBrace
        case badName(String)

        public var description: String {
            switch self {
            case .unmatchedBrace: "a brace without its pair (write {{ or }} for a literal brace)"
            case let .badName(name): "'{\(name)}' is not a placeholder name (lower camel case, ASCII letters and digits)"
            }
        }
    }
}
