import CReadline
import MuniPlan
import MuniPlanShell

/// The interactive loop: read a line, run it, print; errors never end the session.
struct Prompt {
    let interpreter: Interpreter
    let printer: Printer
    let history: Bool

    func run() -> Int32 {
        let warn: (Message) -> Void = { [interpreter] in Terminal.err($0.text(in: interpreter.session.language)) }
        // Without libreadline (opened on first use) the prompt still works, plainly, and says why.
        let readline = !Terminal.isDumb && muniplan_readline_available() != 0
        if !Terminal.isDumb, !readline { warn(Message.Terminal.noReadline) }
        let editor: any LineReading = readline
            ? LineEditor(historyPath: history ? LineEditor.defaultHistoryPath() : nil, warn: warn)
            : PlainLineReader(warn: { [interpreter] in warn(Message.Terminal.errorLine(message: $0.text(in: interpreter.session.language))) })
        defer { editor.close() }
        LineEditor.candidates = { [interpreter] prefix in
            Completer(session: interpreter.session, workingDirectory: interpreter.settings.workingDirectory).candidates(for: prefix)
        }
        let dataset = interpreter.session.dataset
        Terminal.out(fitted(localized(Message.Terminal.banner(version: MuniPlanVersion.current, dataset: dataset.name, count: dataset.bodies.count))))
        var warnedUnsaved = false
        var assembler = LineAssembler()
        var number = 0
        while !interpreter.quitRequested {
            let prompt = assembler.continuing ? "... " : interpreter.prompt
            switch editor.read(prompt: prompt) {
            case .interrupted:
                assembler = LineAssembler()
                continue
            case .endOfInput:
                if interpreter.session.hasUnsavedChanges, !warnedUnsaved {
                    warnedUnsaved = true
                    Terminal.err("\n" + fitted(localized(Message.Terminal.unsavedChanges)))
                    continue
                }
                Terminal.out("")
                return 0
            case let .text(line):
                number += 1
                let logical: (text: String, line: Int)?
                do { logical = try assembler.feed(line, number: number) } catch {
                    Terminal.error(localized(Message.Terminal.errorLine(message: error.message)))
                    continue
                }
                guard let (text, _) = logical else { continue }
                // Fitted to the terminal as it is now: the window may have changed since.
                interpreter.outputWidth = TerminalSize.columns()
                do {
                    try printer.paging { () throws(ShellError) in try interpreter.execute(line: text, emit: printer.emit) }
                } catch {
                    let lines = error.text(in: interpreter.session.language).split(separator: "\n")
                    Terminal.error(fitted(lines.map { localized(Message.Terminal.errorLine(message: $0)) }.joined(separator: "\n")))
                }
                if interpreter.session.hasUnsavedChanges { warnedUnsaved = false }
            }
        }
        return 0
    }

    /// What the prompt itself says, within the terminal's width as tables are (the width
    /// the interpreter was last given: it asks the terminal before each line).
    private func fitted(_ text: String) -> String {
        interpreter.outputWidth.map { TextWrapper.reflow(text, width: $0) } ?? text
    }

    /// In the session's language, which `lang` may change between lines.
    private func localized(_ message: Message) -> String { message.text(in: interpreter.session.language) }
}
