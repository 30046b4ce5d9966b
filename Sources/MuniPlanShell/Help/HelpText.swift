import MuniPlan

/// `help`: the index grouped by purpose, one command in full, a topic, or a search — all
/// generated from the command registry, in the session's language.
public enum HelpText {
    public static func render(_ topic: String?, in language: Language = .english) throws(ShellError) -> String {
        guard let topic, !topic.isEmpty else { return index(in: language) }
        if let spec = CommandRegistry.spec(topic.lowercased()) ?? CommandRegistry.aliases[topic.lowercased()].flatMap(CommandRegistry.spec) {
            return full(spec, in: language)
        }
        if let topicText = topics[topic.lowercased()] { return topicText.text(in: language) }
        let hits = search(topic)
        guard !hits.isEmpty else {
            let shown = Excerpt.of(topic, limit: 64)
            let message = Suggest.closest(topic, in: CommandRegistry.names).map { Message.Help.noHelpSuggest(topic: shown, suggestion: $0) }
                ?? Message.Help.noHelp(topic: shown)
            throw .refused(message)
        }
        return Message.Help.searchHeading(topic: topic).text(in: language) + "\n"
            + hits.map { line(for: $0, in: language) }.joined(separator: "\n")
    }

    static func index(in language: Language) -> String {
        var lines = [Message.Help.indexTitle.text(in: language), Message.Help.indexHint.text(in: language), ""]
        for group in CommandGroup.allCases {
            let specs = CommandRegistry.all.filter { $0.group == group }
            guard !specs.isEmpty else { continue }
            lines.append(group.title.text(in: language))
            lines += specs.map { line(for: $0, in: language) }
            lines.append("")
        }
        return lines.dropLast().joined(separator: "\n")
    }

    static func line(for spec: CommandSpec, in language: Language) -> String {
        "  " + DisplayWidth.pad(spec.name, to: 12) + spec.summaryMessage.text(in: language)
    }

    static func full(_ spec: CommandSpec, in language: Language) -> String {
        var lines = [Message.Help.usageLine(usage: spec.usage).text(in: language), "", spec.summaryMessage.text(in: language)]
        if let details = spec.detailsMessage { lines += ["", details.text(in: language)] }
        if !spec.options.isEmpty {
            lines += ["", Message.Help.optionsHeading.text(in: language)]
            // A head as wide as the column still gets two spaces before its help (`--format …html  instead`).
            lines += spec.options.map {
                "  " + DisplayWidth.pad($0.head, to: max(26, DisplayWidth.of($0.head) + 2)) + $0.helpMessage.text(in: language)
            }
        }
        if !spec.numbers.isEmpty {
            lines += ["", Message.Help.numbersHeading.text(in: language)]
            lines += spec.numbers.map {
                "  " + DisplayWidth.pad($0.name, to: 20) + $0.expectedMessage.text(in: language)
                    + (language == .japanese ? "：" : ": ") + $0.meaning.text(in: language)
            }
        }
        lines += ["", Message.Help.examplesHeading.text(in: language)] + spec.examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// Commands whose name, summary, details, options, examples or search words mention the
    /// word, in English or Japanese whichever language the session speaks: staff type 配分
    /// at an English prompt and budget at a Japanese one.
    static func search(_ word: String) -> [CommandSpec] {
        let needle = word.lowercased()
        return CommandRegistry.all.filter { spec in
            Language.allCases.contains { language in
                let texts = [spec.summaryMessage, spec.detailsMessage, spec.keywords].compactMap { $0?.text(in: language) }
                    + spec.options.map { $0.name + " " + $0.helpMessage.text(in: language) }
                return ([spec.name, spec.usage] + spec.examples + texts).contains { $0.lowercased().contains(needle) }
            }
        }
    }

    /// `help selectors`, `help numbers`, `help years`, `help input`.
    static let topics: [String: Message] = [
        "input": Message.Input.topic,
        "selectors": Message.Topic.selectors,
        "numbers": Message.Topic.numbers,
        "years": Message.Topic.years,
    ]
}
