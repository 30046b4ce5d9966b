/// The Swift source compiled from a checked catalogue: one typed accessor for each message
/// (so a wrong key or placeholder name does not compile) and the texts of both languages.
public enum SwiftCatalogueSource {
    public static func generate(_ catalogue: CheckedCatalogue) throws(CatalogueProblems) -> String {
        var namespaces: [String: [CheckedCatalogue.Message]] = [:]
        var names: [String: String] = [:]
        var problems: [CatalogueProblem] = []
        for message in catalogue.messages {
            let parts = message.key.split(separator: ".")
            let namespace = upperCamel(String(parts[0]))
            let name = lowerCamel(parts.dropFirst().joined(separator: "-"))
            if let other = names["\(namespace).\(name)"] {
                problems.append(CatalogueProblem(file: message.key, line: 0, message: "\(message.key) and \(other) give the same Swift name"))
            }
            names["\(namespace).\(name)"] = message.key
            namespaces[namespace, default: []].append(message)
        }
        guard problems.isEmpty else { throw CatalogueProblems(problems: problems) }
        let indices = Dictionary(catalogue.messages.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })

        var out = "// Compiled by catalogue-compiler from the message catalogue (Text/Catalogue/*.po). Do not edit.\n\n"
        out += "extension Message {\n"
        for namespace in namespaces.keys.sorted() { out += "    public enum \(namespace) {}\n" }
        out += "}\n"
        for namespace in namespaces.keys.sorted() {
            out += "\nextension Message.\(namespace) {\n"
            for message in namespaces[namespace] ?? [] { out += accessor(message, index: indices[message.key] ?? 0) }
            out += "}\n"
        }
        // Each entry's forms as pieces (text, or which argument), compiled here once rather than
        // read for braces and names every time a sentence is shown; one constant an entry, made
        // on its first use, so start-up builds none of them.
        out += "\nextension CatalogueForms {\n"
        for (index, message) in catalogue.messages.enumerated() { out += try forms(message, index: index) }
        out += "}\n"
        out += "\nenum MessageCatalogue {\n    static let texts: [String: CatalogueTexts] = [\n"
        for message in catalogue.messages {
            out += "        \(literal(message.key)): CatalogueTexts(english: [\(message.english.map(literal).joined(separator: ", "))], "
            out += "japanese: [\(message.japanese.map(literal).joined(separator: ", "))]),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// The names of a message's arguments in the order its accessor passes them: `count` first
    /// where a plural's text shows it, then the other placeholders as the English first uses them.
    static func argumentNames(_ message: CheckedCatalogue.Message) -> [String] {
        let others = message.placeholders.filter { !(message.isPlural && $0 == "count") }
        return (message.isPlural && message.placeholders.contains("count") ? ["count"] : []) + others
    }

    private static func accessor(_ message: CheckedCatalogue.Message, index: Int) -> String {
        let name = swiftName(lowerCamel(message.key.split(separator: ".").dropFirst().joined(separator: "-")))
        let others = message.placeholders.filter { !(message.isPlural && $0 == "count") }
        var parameters = message.isPlural ? ["count: Int"] : []
        parameters += others.map { "\(swiftName($0)): some MessageArgument" }
        let arguments = argumentNames(message).map(swiftName)
        let call = "Message(key: \(literal(message.key))"
            + (message.isPlural ? ", count: count" : "")
            + (arguments.isEmpty ? "" : ", arguments: [\(arguments.joined(separator: ", "))]") + ", forms: .entry\(index))"
        let firstLine = message.english[0].split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let doc = "    /// " + firstLine.prefix(100) + "\n"
        if parameters.isEmpty { return doc + "    public static var \(name): Message { \(call) }\n" }
        return doc + "    public static func \(name)(\(parameters.joined(separator: ", "))) -> Message { \(call) }\n"
    }

    /// `static let entry12 = CatalogueForms(english: [[.text("Undone. "), .argument(0)]], …)`.
    private static func forms(_ message: CheckedCatalogue.Message, index: Int) throws(CatalogueProblems) -> String {
        let names = argumentNames(message)
        func pieces(_ text: String) throws(CatalogueProblems) -> String {
            let template: MessageTemplate
            do { template = try MessageTemplate(text) } catch {
                throw CatalogueProblems(problems: [CatalogueProblem(file: message.key, line: 0, message: error.description)])
            }
            var out: [String] = []
            for piece in template.pieces {
                switch piece {
                case let .literal(text): out.append(".text(\(literal(text)))")
                case let .placeholder(name):
                    // The checks guarantee every placeholder is an argument; a plural's `count` not
                    // shown in English may still be shown in Japanese, and is passed then too.
                    guard let position = names.firstIndex(of: name) else {
                        throw CatalogueProblems(problems: [CatalogueProblem(file: message.key, line: 0, message: "{\(name)} is not an argument")])
                    }
                    out.append(".argument(\(position))")
                }
            }
            return "[" + out.joined(separator: ", ") + "]"
        }
        var english: [String] = [], japanese: [String] = []
        for text in message.english { english.append(try pieces(text)) }
        for text in message.japanese { japanese.append(try pieces(text)) }
        return "    static let entry\(index) = CatalogueForms(english: [\(english.joined(separator: ", "))], japanese: [\(japanese.joined(separator: ", "))])\n"
    }

    static func upperCamel(_ word: String) -> String {
        word.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func lowerCamel(_ word: String) -> String {
        let upper = upperCamel(word)
        return upper.prefix(1).lowercased() + upper.dropFirst()
    }

    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "func", "import", "init", "inout", "let", "operator",
        "protocol", "static", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as",
        "catch", "false", "is", "nil", "rethrows", "super", "self", "Self", "throw", "throws", "true", "try", "any", "some",
    ]

    static func swiftName(_ name: String) -> String { keywords.contains(name) ? "`\(name)`" : name }

    /// A Swift string literal for any text: escapes, and control characters as `\u{…}`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
