/// One entry of a gettext `.po` file as muniplan's catalogue writes it: `msgctxt` is the
/// message's key (what the code names), `msgid` the English text, `msgstr` the Japanese.
/// A plural message has `msgid_plural` and `msgstr[0]` (Japanese has one form).
public struct PortableObjectEntry: Sendable, Equatable {
    public var key: String
    public var english: [String]
    public var japanese: [String]
    /// Where it starts, for messages about it: `file:line`.
    public var file: String
    public var line: Int

    public var isPlural: Bool { english.count > 1 }
}

/// A problem in a catalogue file, located so a translator can go to it.
public struct CatalogueProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads the subset of the gettext PO format the catalogue uses: comments, `msgctxt`,
/// `msgid`, `msgid_plural`, `msgstr`, `msgstr[N]`, continued strings. The header entry (an
/// empty `msgid` without context) is skipped.
public enum PortableObject {
    public static func parse(_ text: String, file: String) throws(CatalogueProblem) -> [PortableObjectEntry] {
        var entries: [PortableObjectEntry] = []
        var fields: [String: String] = [:]
        var order: [String] = []
        var current: String?
        var start = 0

        func finish() throws(CatalogueProblem) {
            defer { fields = [:]; order = []; current = nil }
            guard !order.isEmpty else { return }
            guard let key = fields["msgctxt"] else {
                if fields["msgid"] == "" { return }  // the header
                throw CatalogueProblem(file: file, line: start, message: "an entry without msgctxt: every message needs its key")
            }
            guard let id = fields["msgid"] else {
                throw CatalogueProblem(file: file, line: start, message: "\(key): no msgid (the English text)")
            }
            var english = [id]
            var japanese: [String] = []
            if let plural = fields["msgid_plural"] {
                english.append(plural)
                var index = 0
                while let form = fields["msgstr[\(index)]"] { japanese.append(form); index += 1 }
            } else if let form = fields["msgstr"] {
                japanese = [form]
            }
            entries.append(PortableObjectEntry(key: key, english: english, japanese: japanese, file: file, line: start))
        }

        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { try finish(); continue }
            if trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("\"") {
                guard let name = current else {
                    throw CatalogueProblem(file: file, line: number, message: "a string continues no field")
                }
                fields[name, default: ""] += try unquote(trimmed, file: file, line: number)
                continue
            }
            guard let space = trimmed.firstIndex(of: " ") else {
                throw CatalogueProblem(file: file, line: number, message: "expected a field and a quoted string")
            }
            let name = String(trimmed[..<space])
            guard ["msgctxt", "msgid", "msgid_plural", "msgstr"].contains(name) || isIndexedMsgstr(name) else {
                throw CatalogueProblem(file: file, line: number, message: "unknown field '\(name)'")
            }
            // A new msgctxt or msgid after a msgstr starts the next entry even without a blank line.
            if (name == "msgctxt" || (name == "msgid" && fields["msgctxt"] == nil)) && order.contains(where: { $0.hasPrefix("msgstr") }) {
                try finish()
            }
            if order.isEmpty { start = number }
            guard fields[name] == nil else {
                throw CatalogueProblem(file: file, line: number, message: "\(name) given twice in one entry")
            }
            fields[name] = try unquote(trimmed[trimmed.index(after: space)...].drop { $0 == " " }, file: file, line: number)
            order.append(name)
            current = name
        }
        try finish()
        return entries
    }

    private static func isIndexedMsgstr(_ name: String) -> Bool {
        name.hasPrefix("msgstr[") && name.hasSuffix("]") && Int(name.dropFirst(7).dropLast()) != nil
    }

    private static func unquote(_ text: Substring, file: String, line: Int) throws(CatalogueProblem) -> String {
        let body = text.drop { $0 == " " }
        guard body.count >= 2, body.first == "\"", body.last == "\"" else {
            throw CatalogueProblem(file: file, line: line, message: "expected a string in double quotes")
        }
        var result = ""
        var escaped = false
        for character in body.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                default: throw CatalogueProblem(file: file, line: line, message: "unknown escape '\\\(character)'")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                throw CatalogueProblem(file: file, line: line, message: "a double quote inside a string must be written \\\"")
            } else {
                result.append(character)
            }
        }
        guard !escaped else { throw CatalogueProblem(file: file, line: line, message: "a string ends in a lone backslash") }
        return result
    }
}
