import MuniPlanShell

/// The interactive loop: read a line, run it, print; errors never end the session.
struct Prompt {
    let interpreter: Interpreter
    let printer: Printer
    let history: Bool

    func run() -> Int32 {
        let editor = LineEditor(historyPath: history ? LineEditor.defaultHistoryPath() : nil, warn: { Terminal.err($0) })
        defer { editor.close() }
        LineEditor.candidates = { [interpreter] prefix in
            Completer(session: interpreter.session, workingDirectory: interpreter.settings.workingDirectory).candidates(for: prefix)
        }
        Terminal.out("muniplan \(MuniPlanVersion.current) — \(interpreter.session.dataset.name), \(interpreter.session.dataset.bodies.count) bodies. Type help, or quit.")
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
                    Terminal.err("\nthe plan has unsaved changes — save FILE keeps them; Ctrl-D again leaves without saving")
                    continue
                }
                Terminal.out("")
                return 0
            case let .text(line):
                number += 1
                let logical: (text: String, line: Int)?
                do { logical = try assembler.feed(line, number: number) } catch {
                    Terminal.err("error: \(error.description)")
                    continue
                }
                guard let (text, _) = logical else { continue }
                do {
                    try interpreter.execute(line: text, emit: printer.emit)
                } catch {
                    Terminal.err(error.text(in: interpreter.session.language).split(separator: "\n").map { "error: \($0)" }.joined(separator: "\n"))
                }
                if interpreter.session.hasUnsavedChanges { warnedUnsaved = false }
            }
        }
        return 0
    }
}
