import MuniPlan

/// One command of the language, in one file: its spec (name, arguments, options, help,
/// examples — read by the parser, `help`, completion and the command reference), the value
/// parsed from its words, and how it runs. `CommandRegistry` lists the types.
///
/// Adding a command: a new file with a type conforming to this, one line in the registry,
/// one test file (docs/architecture.md shows a worked example).
public protocol ShellCommand: Sendable {
    static var spec: CommandSpec { get }
    /// The command's value from its words, already sorted by `spec` into positionals and
    /// options; a bad argument is a usage error (`arguments.usageError`).
    init(_ arguments: Arguments) throws(ShellError)
    /// Runs against the interpreter's session; what it prints goes to `emit`, failures are
    /// thrown (the interpreter then puts the session back as it was).
    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError)
    /// Whether it ends within a pass over the bodies (an edit, a check of the plan): output
    /// printed before it may then wait to be written with what it prints. Any other command
    /// (a simulation, a search, a file) first has what was printed written out.
    var isQuick: Bool { get }
    /// Whether it changes the session only once nothing can fail (a check, or an edit that
    /// commits last): a failure then leaves the session as it was without the interpreter
    /// copying it first to put back (a copy a script line). CoverageEditTests holds it.
    var changesOnlyOnSuccess: Bool { get }
}

extension ShellCommand {
    public var isQuick: Bool { false }
    public var changesOnlyOnSuccess: Bool { false }
}

extension CommandSpec {
    /// The spec of a command type: parsing a line that names it gives a `T`.
    public init<T: ShellCommand>(_ name: String, group: CommandGroup, summary: Message, details: Message? = nil,
                                 examples: [String], positionals: [PositionalSpec] = [], options: [OptionSpec] = [],
                                 numbers: [NumberArgument] = [], keywords: Message? = nil, runs type: T.Type) {
        self.init(name, group: group, summary: summary, details: details, examples: examples,
                  positionals: positionals, options: options, numbers: numbers, keywords: keywords,
                  parse: { arguments throws(ShellError) in try T(arguments) })
    }
}
