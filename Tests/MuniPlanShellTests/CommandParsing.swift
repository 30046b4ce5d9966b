import Testing
@testable import MuniPlanShell

// What a line lexes and parses into, for the command and completion tests.

/// The words of a line as the lexer gives them (one command).
func words(_ line: String) throws -> [String] {
    try Lexer.segments(line).flatMap { $0.words.map(\.text) }
}

/// The command one line parses into (the line must hold one command).
func parsed(_ line: String) throws -> any ShellCommand {
    try CommandRegistry.parse(try #require(try Lexer.segments(line).first).words)
}

/// The command one line parses into, when it is a `T`.
func parsed<T>(_ line: String, as type: T.Type) throws -> T? {
    try parsed(line) as? T
}
