import MuniPlan

/// The words of one command, sorted into positionals and options per its spec.
public struct Arguments: Sendable {
    public let spec: CommandSpec
    public let positionals: [Lexer.Word]
    public let options: [String: [String]]

    public func flag(_ name: String) -> Bool { options[name] != nil }

    public func value(_ name: String) -> String? { options[name]?.last }

    public func values(_ name: String) -> [String] { options[name] ?? [] }

    /// The command's usage error: what is wrong (a catalogue sentence, so that it reads in
    /// the session's language), then its usage line.
    public func usageError(_ message: Message) -> ShellError {
        .usage(command: spec.name, message: message, usage: spec.usage)
    }

    public func positional(_ i: Int) -> String? { i < positionals.count ? positionals[i].text : nil }

    /// Sorts words into positionals and options; checks counts against the spec. The words
    /// after the command's name, as they are in the line's array (a copy of them was a
    /// tenth of parsing).
    static func parse(_ words: ArraySlice<Lexer.Word>, spec: CommandSpec) throws(ShellError) -> Arguments {
        let slots = spec.positionals
        var positionals: [Lexer.Word] = []
        positionals.reserveCapacity(words.count)
        var options: [String: [String]] = [:]
        var i = words.startIndex
        while i < words.endIndex {
            let word = words[i]
            if !word.quoted, let (name, inline) = FullWidth.option(word.text) {
                guard let option = spec.option(name) else {
                    let known = spec.options.map(\.name)
                    throw usage(spec, Suggest.closest(name, in: known).map { Message.Shell.unknownOptionSuggestion(option: name, suggestion: $0) }
                        ?? Message.Shell.unknownOption(option: name))
                }
                if option.value == nil {
                    if inline != nil { throw usage(spec, Message.Shell.optionTakesNoValue(option: name)) }
                    options[name] = options[name] ?? []
                    i += 1
                    continue
                }
                var values: [String] = inline.map { [$0] } ?? []
                i += 1
                if option.repeating {
                    while i < words.endIndex, words[i].quoted || !FullWidth.startsOption(words[i].text) {
                        values += read(words[i], as: option.value, list: true).map(\.text)
                        i += 1
                    }
                } else if inline == nil {
                    guard i < words.endIndex else { throw usage(spec, Message.Shell.optionNeedsValue(option: name)) }
                    values += read(words[i], as: option.value, list: false).map(\.text)
                    i += 1
                }
                guard !values.isEmpty else { throw usage(spec, Message.Shell.optionNeedsValue(option: name)) }
                options[name, default: []].append(contentsOf: values)
                continue
            }
            // The slot this word fills, read where it is (a copy of the spec retained each of its
            // fields); words past a spec's last slot are refused below as typed.
            let slot = slots.isEmpty ? nil : min(positionals.count, slots.count - 1)
            if let slot, slots[slot].repeating || positionals.count < slots.count {
                read(word, as: slots[slot].kind, list: slots[slot].repeating, into: &positionals)
            } else {
                positionals.append(word)
            }
            i += 1
        }
        let required = slots.reduce(0) { $0 + ($1.optional ? 0 : 1) }
        let repeating = slots.contains { $0.repeating }
        if positionals.count < required {
            let missing = slots.filter { !$0.optional }[positionals.count].name
            throw usage(spec, Message.Shell.missingArgument(argument: missing))
        }
        if !repeating, positionals.count > slots.count {
            throw usage(spec, Message.Shell.unexpectedWord(word: Excerpt.of(positionals[slots.count].text, limit: 64)))
        }
        return Arguments(spec: spec, positionals: positionals, options: options)
    }

    /// A word as its slot reads it: full-width keywords and help topics in ASCII, a list of
    /// bodies (where a list is taken) one word a body (`help input`); any other word as typed.
    private static func read(_ word: Lexer.Word, as kind: ArgumentKind?, list: Bool) -> [Lexer.Word] {
        var words: [Lexer.Word] = []
        read(word, as: kind, list: list, into: &words)
        return words
    }

    /// `read`, appended where the words go: no array a word.
    private static func read(_ word: Lexer.Word, as kind: ArgumentKind?, list: Bool, into words: inout [Lexer.Word]) {
        guard !word.quoted else { return words.append(word) }
        switch kind {
        case let .keyword(keywords)?: words.append(Lexer.Word(text: FullWidth.keyword(word.text, in: keywords), column: word.column, quoted: false))
        case .command?: words.append(Lexer.Word(text: FullWidth.ascii(word.text), column: word.column, quoted: false))
        case .body? where list: BodyList.split(word, into: &words)
        default: words.append(word)
        }
    }

    private static func usage(_ spec: CommandSpec, _ problem: Message) -> ShellError {
        .usage(command: spec.name, message: problem, usage: spec.usage)
    }
}
