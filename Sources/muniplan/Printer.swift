import MuniPlanShell

/// Prints a command's outputs in the session's format.
struct Printer {
    let interpreter: Interpreter
    let color: Bool

    func emit(_ output: Output) {
        switch output {
        case let .text(text): Terminal.out(text)
        case let .notice(text): Terminal.err(text)
        case let .formatted(text): Terminal.out(rendered: text)
        case let .table(table):
            // The renderer escapes the table's text itself, then adds colour.
            Terminal.out(rendered: OutputRenderer(format: interpreter.session.format, color: color, language: interpreter.session.language).render(table))
        }
    }
}
