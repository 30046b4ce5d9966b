import MuniPlan

/// What a command gives back for the terminal: text, a table (printed in the session's
/// format) or a notice (a warning or a note, to stderr).
public enum Output: Sendable, Equatable {
    case text(String)
    case table(Table)
    case notice(String)
    /// A file's text for standard output (`export … --to -`), already made safe for a
    /// terminal: its tabs and line ends are kept, other controls escaped.
    case formatted(String)
}
