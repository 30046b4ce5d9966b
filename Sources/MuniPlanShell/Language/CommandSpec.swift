import Foundation
import MuniPlan

/// What an argument is, for parsing, completion and help.
public enum ArgumentKind: Sendable, Equatable {
    case measure, body, file, fiscalYear, feature, kpi, snapshot, text, command
    case number(NumberArgument)
    case keyword([String])

    /// How help and usage lines name a value of this kind.
    public var placeholder: String {
        switch self {
        case .measure: "MEASURE"
        case .body: "BODY"
        case .file: "PATH"
        case .fiscalYear: "FY"
        case .feature: "FEATURE"
        case .kpi: "KPI"
        case .snapshot: "NAME"
        case .number: "N"
        case .text: "TEXT"
        case .command: "COMMAND"
        case let .keyword(words): words.joined(separator: "|")
        }
    }
}

public struct PositionalSpec: Sendable {
    public let name: String
    public let kind: ArgumentKind
    public let optional: Bool
    /// Takes every remaining word.
    public let repeating: Bool
    /// How the usage line shows it, where the words it takes have more structure than one
    /// name (`[N] [by need|spread|apportion METHOD]`); "" when the shape of the positional
    /// before already shows it. nil: derived from the name (`[NAME]`, `NAME…`, keywords `a|b`).
    public let shape: String?

    public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, repeating: Bool = false, shape: String? = nil) {
        self.name = name
        self.kind = kind
        self.optional = optional
        self.repeating = repeating
        self.shape = shape
    }
}

public struct OptionSpec: Sendable {
    /// `--fy`
    public let name: String
    /// nil for a flag; else what its values are.
    public let value: ArgumentKind?
    /// Takes every following word up to the next option (`--require BODY…`).
    public let repeating: Bool
    /// Shown without brackets in the usage line; the command refuses a line without it.
    public let required: Bool
    /// What the option does, in either language; `help` is the English (docs/commands.md).
    public let helpMessage: Message
    public var help: String { helpMessage.text(in: .english) }
    /// How help names its value: `placeholder` when given (`K`, `PATH.html`), else the kind's.
    public let valueName: String?

    public init(_ name: String, _ value: ArgumentKind? = nil, placeholder: String? = nil, repeating: Bool = false,
                required: Bool = false, help: Message) {
        self.name = name
        self.value = value
        self.repeating = repeating
        self.required = required
        helpMessage = help
        valueName = value.map { placeholder ?? $0.placeholder }
    }

    /// `--require BODY…`, `--new-only`: the option as help and usage lines write it.
    public var head: String { name + (valueName.map { " " + $0 } ?? "") + (repeating ? "…" : "") }
}

/// Commands grouped by purpose in `help`; the raw value is the English title.
public enum CommandGroup: String, Sendable, CaseIterable {
    case lookup = "Looking things up"
    case editing = "Editing the plan"
    case need = "Need score"
    case allocation = "Allocation"
    case whatIf = "What-if"
    case scenarios = "Scenarios"
    case output = "Tables and files"
    case session = "Session"

    /// The title in either language (the English one, should a group lack an entry).
    public var title: Message { Self.titles[self] ?? Message(key: rawValue) }

    private static let titles: [CommandGroup: Message] = [
        .lookup: Message.Help.groupLookup, .editing: Message.Help.groupEditing, .need: Message.Help.groupNeed,
        .allocation: Message.Help.groupAllocation, .whatIf: Message.Help.groupWhatIf,
        .scenarios: Message.Help.groupScenarios, .output: Message.Help.groupOutput, .session: Message.Help.groupSession,
    ]
}

/// One command's definition: the single source for parsing, help and completion.
public struct CommandSpec: Sendable {
    public let name: String
    public let group: CommandGroup
    /// `save FILE [--force]`: generated from the name, positionals and options.
    public let usage: String
    /// One line; in either language. `summary` and `details` are the English texts.
    public let summaryMessage: Message
    /// More lines, or nil.
    public let detailsMessage: Message?
    /// Words `help WORD` also finds the command by (配置 and 割当 for allocate), in both languages.
    public let keywords: Message?
    public let examples: [String]
    public let positionals: [PositionalSpec]
    public let options: [OptionSpec]
    /// Every number the command takes, with its range: the numeric positionals and options,
    /// then those inside other words (`allocate MEASURE [N] …`, `expect … OP N`).
    public let numbers: [NumberArgument]
    let build: @Sendable (Arguments) throws(ShellError) -> any ShellCommand

    public init(_ name: String, group: CommandGroup, summary: Message, details: Message? = nil,
                examples: [String], positionals: [PositionalSpec] = [], options: [OptionSpec] = [],
                numbers: [NumberArgument] = [], keywords: Message? = nil,
                parse build: @escaping @Sendable (Arguments) throws(ShellError) -> any ShellCommand) {
        self.name = name
        self.group = group
        usage = UsageLine.render(name, positionals: positionals, options: options)
        summaryMessage = summary
        detailsMessage = details
        self.keywords = keywords
        self.examples = examples
        self.positionals = positionals
        self.options = options
        let declared = (positionals.map(\.kind) + options.compactMap(\.value)).compactMap { kind -> NumberArgument? in
            if case let .number(argument) = kind { argument } else { nil }
        }
        var all: [NumberArgument] = []
        for argument in numbers + declared where !all.contains(argument) { all.append(argument) }
        self.numbers = all
        self.build = build
    }

    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

    public var summary: String { summaryMessage.text(in: .english) }

    public var details: String { detailsMessage?.text(in: .english) ?? "" }
}

/// The words of one command, sorted into positionals and options per its spec.
public struct Arguments: Sendable {
    public let spec: CommandSpec
    public let positionals: [Lexer.Word]
    public let options: [String: [String]]

    public func flag(_ name: String) -> Bool { options[name] != nil }

    public func value(_ name: String) -> String? { options[name]?.last }

    public func values(_ name: String) -> [String] { options[name] ?? [] }

    public func usageError(_ message: String) -> ShellError {
        .usage(command: spec.name, message: message, usage: spec.usage)
    }

    public func positional(_ i: Int) -> String? { i < positionals.count ? positionals[i].text : nil }

    /// Sorts words into positionals and options; checks counts against the spec.
    static func parse(_ words: [Lexer.Word], spec: CommandSpec) throws(ShellError) -> Arguments {
        var positionals: [Lexer.Word] = []
        var options: [String: [String]] = [:]
        var i = 0
        while i < words.count {
            let word = words[i]
            if !word.quoted, word.text.hasPrefix("--"), word.text.count > 2 {
                var name = word.text
                var inline: String?
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                guard let option = spec.option(name) else {
                    let known = spec.options.map(\.name)
                    let hint = Suggest.closest(name, in: known).map { " (did you mean \($0)?)" } ?? ""
                    throw .usage(command: spec.name, message: "unknown option \(name)\(hint)", usage: spec.usage)
                }
                if option.value == nil {
                    if inline != nil { throw .usage(command: spec.name, message: "\(name) takes no value", usage: spec.usage) }
                    options[name] = options[name] ?? []
                    i += 1
                    continue
                }
                var values: [String] = inline.map { [$0] } ?? []
                i += 1
                if option.repeating {
                    while i < words.count, words[i].quoted || !words[i].text.hasPrefix("--") {
                        values.append(words[i].text)
                        i += 1
                    }
                } else if inline == nil {
                    guard i < words.count else { throw .usage(command: spec.name, message: "\(name) needs a value", usage: spec.usage) }
                    values.append(words[i].text)
                    i += 1
                }
                guard !values.isEmpty else { throw .usage(command: spec.name, message: "\(name) needs a value", usage: spec.usage) }
                options[name, default: []].append(contentsOf: values)
                continue
            }
            positionals.append(word)
            i += 1
        }
        let required = spec.positionals.filter { !$0.optional }.count
        let repeating = spec.positionals.contains { $0.repeating }
        if positionals.count < required {
            let missing = spec.positionals.filter { !$0.optional }[positionals.count].name
            throw .usage(command: spec.name, message: "missing \(missing)", usage: spec.usage)
        }
        if !repeating, positionals.count > spec.positionals.count {
            throw .usage(command: spec.name, message: "unexpected '\(Excerpt.of(positionals[spec.positionals.count].text, limit: 64))'", usage: spec.usage)
        }
        return Arguments(spec: spec, positionals: positionals, options: options)
    }
}
