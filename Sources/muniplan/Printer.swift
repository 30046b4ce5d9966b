import CInterrupt
import Foundation
import MuniPlan
import MuniPlanShell

/// Prints a command's outputs in the session's format, fitted to the terminal's width
/// (`interpreter.outputWidth`; nil for a file or a pipe, which get them as they are). At the
/// prompt, `paging` holds a line's outputs until it ends and sends what is taller than the
/// screen through the pager.
final class Printer {
    let interpreter: Interpreter
    let color: Bool
    /// A line's outputs while `paging` holds them.
    private var held: [Output]?

    init(interpreter: Interpreter, color: Bool) {
        self.interpreter = interpreter
        self.color = color
    }

    func emit(_ output: Output) {
        Terminal.language = interpreter.session.language
        if held != nil { held?.append(output) } else { write(output) }
    }

    private func write(_ output: Output) { write(output, shown: rendered(output)) }

    /// Prints `output`, its text already rendered as `shown` (nil for a notice).
    private func write(_ output: Output, shown: String?) {
        if case let .notice(text) = output { return Terminal.err(text) }
        if let shown { Terminal.out(rendered: shown) }
    }

    /// What an output shows on standard output, safe for a terminal; nil for a notice.
    private func rendered(_ output: Output) -> String? {
        output.shown(format: interpreter.session.format, color: color, language: interpreter.session.language,
                     width: interpreter.outputWidth, escaped: true)
    }

    /// Runs one prompt line. With the pager on and a terminal's size known, its outputs wait
    /// until it ends: taller than the screen they go to the pager (notices after it, on
    /// standard error), else they print as they would have.
    func paging(_ run: () throws(ShellError) -> Void) throws(ShellError) {
        guard interpreter.settings.pager, !Terminal.isDumb, let rows = TerminalSize.rows(), let width = interpreter.outputWidth else {
            return try run()
        }
        held = []
        var failure: ShellError?
        do { try run() } catch { failure = error }
        let outputs = held ?? []
        held = nil
        // Rendered once: measured against the screen, then printed or paged as it is.
        let shown = outputs.map(rendered)
        let text = shown.compactMap { $0 }.map { $0 + "\n" }.joined()
        // After Ctrl-C the user wants the prompt back, not a pager: what was held prints as it came.
        if Pager.height(of: text, width: width) < rows || muniplan_interrupted() != 0 {
            for (output, text) in zip(outputs, shown) { write(output, shown: text) }
        } else {
            let command = Pager.command(environment: ProcessInfo.processInfo.environment)
            if let code = PagerProcess.show(text, command: command) {
                Terminal.err(Message.Terminal.pagerFailed(command: command.joined(separator: " "), reason: String(cString: strerror(code)))
                    .text(in: interpreter.session.language))
                Terminal.out(rendered: String(text.dropLast()))
            }
            // Ctrl-C in the pager: the terminal echoed ^C where the cursor was; the prompt goes below.
            if muniplan_interrupted() != 0 { Terminal.out("") }
            for case let .notice(notice) in outputs { Terminal.err(notice) }
        }
        if let failure { throw failure }
    }
}
