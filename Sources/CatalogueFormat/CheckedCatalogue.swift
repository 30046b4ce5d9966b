/// The message catalogue after every check a translator's edit must pass: each key once
/// across all files, well formed; both languages present; the same placeholders in every
/// form of both languages. The build compiles only a catalogue that passes, and a test
/// reads the files through the same checks.
public struct CheckedCatalogue: Sendable {
    public struct Message: Sendable, Equatable {
        public let key: String
        public let english: [String]
        public let japanese: [String]
        public let placeholders: [String]
        public var isPlural: Bool { english.count > 1 }
    }

    public let messages: [Message]

    /// Checks the entries of every file; all problems are reported, not just the first.
    public init(files: [(name: String, text: String)]) throws(CatalogueProblems) {
        var problems: [CatalogueProblem] = []
        var seen: [String: String] = [:]
        var messages: [Message] = []
        for file in files {
            let entries: [PortableObjectEntry]
            do { entries = try PortableObject.parse(file.text, file: file.name) } catch {
                problems.append(error)
                continue
            }
            for entry in entries {
                func problem(_ text: String) { problems.append(CatalogueProblem(file: entry.file, line: entry.line, message: text)) }
                guard Self.isKey(entry.key) else {
                    problem("'\(entry.key)' is not a key: lower-case words with hyphens, in dotted parts (shell.nothing-to-undo)")
                    continue
                }
                if let earlier = seen[entry.key] {
                    problem("\(entry.key) is already defined at \(earlier)")
                    continue
                }
                seen[entry.key] = "\(entry.file):\(entry.line)"
                if entry.english.contains(where: \.isEmpty) { problem("\(entry.key) has no English text (msgid)") }
                if entry.japanese.isEmpty || entry.japanese.contains(where: \.isEmpty) {
                    problem("\(entry.key) has no Japanese text (msgstr)")
                }
                if entry.isPlural && entry.japanese.count != 1 {
                    problem("\(entry.key): Japanese has one plural form (msgstr[0]), not \(entry.japanese.count)")
                }
                var placeholderSets: [(String, [String])] = []
                for (index, text) in entry.english.enumerated() {
                    do { placeholderSets.append((index == 0 ? "msgid" : "msgid_plural", try MessageTemplate(text).placeholders)) } catch {
                        problem("\(entry.key): English: \(error)")
                    }
                }
                for (index, text) in entry.japanese.enumerated() {
                    do { placeholderSets.append((entry.isPlural ? "msgstr[\(index)]" : "msgstr", try MessageTemplate(text).placeholders)) } catch {
                        problem("\(entry.key): Japanese: \(error)")
                    }
                }
                let expected = Set(placeholderSets.first?.1 ?? [])
                for (form, names) in placeholderSets.dropFirst() where Set(names) != expected {
                    problem("\(entry.key): \(form) has placeholders {\(names.sorted().joined(separator: "} {"))}, msgid has {\(expected.sorted().joined(separator: "} {"))}")
                }
                messages.append(Message(key: entry.key, english: entry.english, japanese: entry.japanese,
                                        placeholders: placeholderSets.first?.1 ?? []))
            }
        }
        guard problems.isEmpty else { throw CatalogueProblems(problems: problems) }
        self.messages = messages.sorted { $0.key < $1.key }
    }

    /// `group.name-with-hyphens`: lower-case ASCII words; the first part names the namespace
    /// of the generated accessor, the rest its name.
    static func isKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, ("a"..."z").contains(first), part.last != "-" else { return false }
            return part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }
}

public struct CatalogueProblems: Error, Sendable, CustomStringConvertible {
    public let problems: [CatalogueProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
