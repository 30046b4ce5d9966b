import Foundation
import MuniPlan

/// Tab-completion candidates for a partly typed line, from the command registry: command
/// names, options, measure ids, selectors and their values, body names (romaji, kana and
/// kanji prefixes), files. Knows nothing of readline.
public struct Completer {
    public let session: Session
    public let workingDirectory: String

    public init(session: Session, workingDirectory: String) {
        self.session = session
        self.workingDirectory = workingDirectory
    }

    /// Candidates that replace the last word of `prefix` (the text before the cursor).
    public func candidates(for prefix: String) -> [String] {
        let (words, current) = Self.split(prefix)
        guard let first = words.first else {
            return current.isEmpty ? CommandRegistry.names : filter(CommandRegistry.names + CommandRegistry.japaneseAliases, FullWidth.ascii(current))
        }
        // Command words and options as the parser reads them, full-width too (ｓｈｏｗ, －－ｂｙ).
        guard let spec = CommandRegistry.spec(named: first) else { return [] }
        if FullWidth.startsOption(current) { return filter(spec.options.map(\.name), FullWidth.ascii(current)) }
        // The value of an option, or of a repeating option's list.
        var positional = 0
        var openOption: OptionSpec?
        for word in words.dropFirst() {
            if FullWidth.startsOption(word), let option = spec.option(FullWidth.ascii(word)) {
                openOption = option.value == nil ? nil : option
                continue
            }
            if let option = openOption {
                if !option.repeating { openOption = nil }
                continue
            }
            positional += 1
        }
        if let option = openOption, let kind = option.value { return complete(kind, current) }
        guard !spec.positionals.isEmpty else { return filter(spec.options.map(\.name), current) }
        let index = min(positional, spec.positionals.count - 1)
        let slot = spec.positionals[index]
        if positional >= spec.positionals.count, !slot.repeating {
            return current.isEmpty ? [] : filter(spec.options.map(\.name), current)
        }
        return complete(slot.kind, current)
    }

    func complete(_ kind: ArgumentKind, _ word: String) -> [String] {
        let dataset = session.dataset
        switch kind {
        case .measure: return measures(word)
        case .kpi:
            // A KPI and its measure often share an id (seminar): offer it once.
            var seen = Set<String>()
            return filter(dataset.kpis.map(\.id) + dataset.measures.map(\.id), word).filter { seen.insert($0).inserted }
        case .command: return filter(CommandRegistry.names + Array(HelpText.topics.keys).sorted(), word)
        case let .keyword(words): return filter(words, word)
        case .fiscalYear:
            let first = dataset.firstFiscalYear.year
            return filter(["baseline"] + (first..<(first + 4)).flatMap { ["FY\($0)", FiscalYear($0).era] }, word)
        case .feature: return filter(NeedFeature.featureNames(dataset: dataset, plan: session.plan), word)
        case .snapshot: return filter(session.snapshots.names + ["now"], word)
        case .number, .text: return []
        case .file: return files(word)
        case .body: return bodies(word)
        }
    }

    /// Ids for ASCII, ids and Japanese aliases for anything else typed; an alias also by its
    /// folded form (ｱﾄﾞ finds アドバイザー派遣). `ad` offers ids only, as it always has.
    func measures(_ word: String) -> [String] {
        let ids = session.dataset.measures.map(\.id)
        guard !word.allSatisfy(\.isASCII) else { return filter(ids, word) }
        let folded = word.precomposedStringWithCompatibilityMapping.lowercased()
        return session.dataset.measureWords.filter { $0.precomposedStringWithCompatibilityMapping.lowercased().hasPrefix(folded) }
    }

    func bodies(_ word: String) -> [String] {
        let dataset = session.dataset
        if let colon = word.firstIndex(of: ":") {
            let key = word[..<colon].lowercased()
            let value = String(word[word.index(after: colon)...])
            let values: [String]
            switch SelectorKey(rawValue: key) {
            case .district: values = dataset.districts.map(\.name) + dataset.districts.map(\.romaji)
            case .kind: values = BodyKind.allCases.filter { k in dataset.bodies.contains { $0.kind == k } }.map(\.rawValue)
            case .group: values = dataset.groupNames
            case .covered: values = measures(value)
            case nil: return []
            }
            var seen = Set<String>()
            return filter(values, value).filter { seen.insert($0).inserted }.map { "\(key):\($0)" }
        }
        let selectors = filter(SelectorKey.allCases.map(\.prefix) + ["all"], word.lowercased())
        guard !word.isEmpty else { return selectors }
        return selectors + session.resolver.completions(prefix: word)
    }

    func files(_ word: String) -> [String] {
        let expanded = word.hasPrefix("~/") ? (NSHomeDirectory() as NSString).appendingPathComponent(String(word.dropFirst(2))) : word
        let slash = expanded.lastIndex(of: "/")
        let dirPart = slash.map { String(expanded[...$0]) } ?? ""
        let namePart = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let directory = dirPart.hasPrefix("/") ? dirPart : (workingDirectory as NSString).appendingPathComponent(dirPart)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return [] }
        let shownDir = word.hasPrefix("~/") ? "~/" + String(dirPart.dropFirst(NSHomeDirectory().count + 1)) : dirPart
        return entries.sorted().filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }.map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return shownDir + name + (isDirectory.boolValue ? "/" : "")
        }
    }

    func filter(_ words: [String], _ prefix: String) -> [String] {
        let lowered = prefix.lowercased()
        return words.filter { $0.lowercased().hasPrefix(lowered) }
    }

    /// The complete words of the current command (after the last `;`) and the word being typed.
    static func split(_ prefix: String) -> (words: [String], current: String) {
        let command = prefix.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? prefix
        var words = command.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).map(String.init)
        let endsInSpace = command.last.map { $0 == " " || $0 == "\t" || $0 == "\u{3000}" } ?? true
        var current = endsInSpace ? "" : (words.popLast() ?? "")
        // Readline completes the text after an opening quote (`show 'hino`); so do we.
        if let first = current.first, first == "'" || first == "\"", !current.dropFirst().contains(first) { current.removeFirst() }
        return (words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\"")) }, current)
    }
}
