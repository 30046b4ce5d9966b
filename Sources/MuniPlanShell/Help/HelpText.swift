import MuniPlan

/// `help`: the index grouped by purpose, one command in full, a topic, or a search — all
/// generated from the command registry, in the session's language. Given a terminal's
/// `width`, it reflows to it (`TextWrapper`): a usage line breaks between its arguments and
/// options, never inside `[--require BODY…]`, and goes on under its first argument; an
/// option's or a topic's line goes on under its text column.
public enum HelpText {
    public static func render(_ topic: String?, in language: Language = .english, width: Int? = nil) throws(ShellError) -> String {
        let text = try page(topic, in: language, width: width)
        guard let width else { return text }
        return TextWrapper.reflowParagraphs(text, width: width)
    }

    static func page(_ topic: String?, in language: Language, width: Int?) throws(ShellError) -> String {
        guard let topic, !topic.isEmpty else { return index(in: language) }
        if let spec = CommandRegistry.spec(named: topic) {
            return full(spec, in: language, width: width)
        }
        if let topicText = topics[topic.lowercased()] { return HelpColumns.align(topicText.text(in: language)) }
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

    static func full(_ spec: CommandSpec, in language: Language, width: Int? = nil) -> String {
        var lines = [usage(spec, in: language, width: width), "", spec.summaryMessage.text(in: language)]
        if let details = spec.detailsMessage { lines += ["", HelpColumns.align(details.text(in: language))] }
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

    /// `usage: allocate MEASURE N [--fy FY] …`, within `width`, continued under the first
    /// word after the command's name.
    static func usage(_ spec: CommandSpec, in language: Language, width: Int?) -> String {
        let line = Message.Help.usageLine(usage: spec.usage).text(in: language)
        guard let width, DisplayWidth.of(line) > width, let name = line.range(of: spec.name + " ") else { return line }
        return TextWrapper.wrap(line, width: width, hang: DisplayWidth.of(String(line[..<name.upperBound]))).joined(separator: "\n")
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
        "output": Message.Output.topic,
        "selectors": Message.Topic.selectors,
        "numbers": Message.Topic.numbers,
        "years": Message.Topic.years,
    ]
}
