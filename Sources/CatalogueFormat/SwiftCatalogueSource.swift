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

        var out = "// Compiled by catalogue-compiler from the message catalogue (Text/Catalogue/*.po). Do not edit.\n\n"
        out += "extension Message {\n"
        for namespace in namespaces.keys.sorted() { out += "    public enum \(namespace) {}\n" }
        out += "}\n"
        for namespace in namespaces.keys.sorted() {
            out += "\nextension Message.\(namespace) {\n"
            for message in namespaces[namespace] ?? [] { out += accessor(message) }
            out += "}\n"
        }
        out += "\nenum MessageCatalogue {\n    static let texts: [String: CatalogueTexts] = [\n"
        for message in catalogue.messages {
            out += "        \(literal(message.key)): CatalogueTexts(english: [\(message.english.map(literal).joined(separator: ", "))], "
            out += "japanese: [\(message.japanese.map(literal).joined(separator: ", "))]),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    private static func accessor(_ message: CheckedCatalogue.Message) -> String {
        let name = swiftName(lowerCamel(message.key.split(separator: ".").dropFirst().joined(separator: "-")))
        let others = message.placeholders.filter { !(message.isPlural && $0 == "count") }
        var parameters = message.isPlural ? ["count: Int"] : []
        parameters += others.map { "\(swiftName($0)): some MessageArgument" }
        var arguments = others.map { "\(literal($0)): \(swiftName($0))" }
        if message.isPlural && message.placeholders.contains("count") { arguments.insert("\"count\": count", at: 0) }
        let call = "Message(key: \(literal(message.key))"
            + (message.isPlural ? ", count: count" : "")
            + (arguments.isEmpty ? "" : ", arguments: [\(arguments.joined(separator: ", "))]") + ")"
        let firstLine = message.english[0].split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let doc = "    /// " + firstLine.prefix(100) + "\n"
        if parameters.isEmpty { return doc + "    public static var \(name): Message { \(call) }\n" }
        return doc + "    public static func \(name)(\(parameters.joined(separator: ", "))) -> Message { \(call) }\n"
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
