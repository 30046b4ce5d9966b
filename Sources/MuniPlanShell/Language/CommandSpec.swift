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
    /// The definition, made once and shared: a spec is handed about on every line (found by
    /// name, held by the arguments), and a copy of a dozen fields retained each of them.
    private final class Fields: Sendable {
        let name: String
        let group: CommandGroup
        let usage: String
        let summaryMessage: Message
        let detailsMessage: Message?
        let keywords: Message?
        let examples: [String]
        let positionals: [PositionalSpec]
        let options: [OptionSpec]
        let numbers: [NumberArgument]
        let build: @Sendable (Arguments) throws(ShellError) -> any ShellCommand
        /// Which positionals name a measure, and whether the words past them (taken by the
        /// last repeating positional) do: read once, not a positional copied out a word.
        let measureSlots: [Bool]
        let repeatingTakesMeasure: Bool
        /// Options whose values name a measure.
        let measureOptions: [String]

        init(name: String, group: CommandGroup, usage: String, summaryMessage: Message, detailsMessage: Message?, keywords: Message?,
             examples: [String], positionals: [PositionalSpec], options: [OptionSpec], numbers: [NumberArgument],
             build: @escaping @Sendable (Arguments) throws(ShellError) -> any ShellCommand) {
            self.name = name
            self.group = group
            self.usage = usage
            self.summaryMessage = summaryMessage
            self.detailsMessage = detailsMessage
            self.keywords = keywords
            self.examples = examples
            self.positionals = positionals
            self.options = options
            self.numbers = numbers
            self.build = build
            measureSlots = positionals.map { if case .measure = $0.kind { true } else { false } }
            repeatingTakesMeasure = positionals.last(where: \.repeating).map { if case .measure = $0.kind { true } else { false } } ?? false
            measureOptions = options.compactMap { if case .measure? = $0.value { $0.name } else { nil } }
        }
    }

    private let fields: Fields

    public var name: String { fields.name }
    public var group: CommandGroup { fields.group }
    /// `save FILE [--force]`: generated from the name, positionals and options.
    public var usage: String { fields.usage }
    /// One line; in either language. `summary` and `details` are the English texts.
    public var summaryMessage: Message { fields.summaryMessage }
    /// More lines, or nil.
    public var detailsMessage: Message? { fields.detailsMessage }
    /// Words `help WORD` also finds the command by (配置 and 割当 for allocate), in both languages.
    public var keywords: Message? { fields.keywords }
    public var examples: [String] { fields.examples }
    public var positionals: [PositionalSpec] { fields.positionals }
    public var options: [OptionSpec] { fields.options }
    /// Every number the command takes, with its range: the numeric positionals and options,
    /// then those inside other words (`allocate MEASURE [N] …`, `expect … OP N`).
    public var numbers: [NumberArgument] { fields.numbers }
    var build: @Sendable (Arguments) throws(ShellError) -> any ShellCommand { fields.build }
    var measureSlots: [Bool] { fields.measureSlots }
    var repeatingTakesMeasure: Bool { fields.repeatingTakesMeasure }
    var measureOptions: [String] { fields.measureOptions }

    public init(_ name: String, group: CommandGroup, summary: Message, details: Message? = nil,
                examples: [String], positionals: [PositionalSpec] = [], options: [OptionSpec] = [],
                numbers: [NumberArgument] = [], keywords: Message? = nil,
                parse build: @escaping @Sendable (Arguments) throws(ShellError) -> any ShellCommand) {
        let declared = (positionals.map(\.kind) + options.compactMap(\.value)).compactMap { kind -> NumberArgument? in
            if case let .number(argument) = kind { argument } else { nil }
        }
        var all: [NumberArgument] = []
        for argument in numbers + declared where !all.contains(argument) { all.append(argument) }
        fields = Fields(name: name, group: group, usage: UsageLine.render(name, positionals: positionals, options: options),
                        summaryMessage: summary, detailsMessage: details, keywords: keywords, examples: examples,
                        positionals: positionals, options: options, numbers: all, build: build)
    }

    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

    public var summary: String { summaryMessage.text(in: .english) }

    public var details: String { detailsMessage?.text(in: .english) ?? "" }
}
