import MuniPlan

/// `COMMAND > FILE` and `COMMAND >> FILE`: what a command prints, into a file instead of
/// the screen, under the same policy as exports (`Interpreter+Files`): at the prompt any
/// path typed; in scripts only the working folder and `--allow-write` folders. `>`
/// replaces the file atomically, and in a script only a file that does not exist yet (an
/// export there needs --force, and `>` has none); `>>` appends (`AppendingFile`).
/// Tables go in the session's format, unwrapped and without colour; notices still go to
/// the screen. A quoted or escaped `>` is a word; in `expect`, `>` is the comparison.
struct Redirection: Equatable {
    let file: String
    let appending: Bool

    /// The command's words without the redirection, and the redirection if there is one.
    static func split(_ words: [Lexer.Word]) throws(ShellError) -> ([Lexer.Word], Redirection?) {
        // Which command it is matters only at a `>`: most lines have none, and are not looked up here.
        var isExpect: Bool { words.first.flatMap { CommandRegistry.spec(named: $0.text) }?.name == ExpectCommand.spec.name }
        for (i, word) in words.enumerated() where !word.quoted && i > 0 {
            guard let (appending, glued) = operatorParts(word.text), appending || !isExpect else { continue }
            let operatorText = appending ? ">>" : ">"
            let rest = glued.isEmpty ? Array(words[(i + 1)...]) : []
            let file = glued.isEmpty ? rest.first?.text : glued
            guard let file, !file.isEmpty else { throw .refused(Message.Output.redirectNoFile(operator: operatorText)) }
            if rest.count > 1 { throw .refused(Message.Output.redirectExtra(operator: operatorText, word: rest[1].text)) }
            return (Array(words[..<i]), Redirection(file: file, appending: appending))
        }
        return (words, nil)
    }

    /// `>` / `>>` alone or with the file glued on (`>k.txt`); `>=` is a comparison, not a file.
    static func operatorParts(_ text: String) -> (appending: Bool, glued: String)? {
        // Every word but one starting `>` is none: a Character that is `>` starts with its byte.
        guard text.utf8.first == UInt8(ascii: ">") else { return nil }
        if text.hasPrefix(">>") { return (true, String(text.dropFirst(2))) }
        if text.hasPrefix(">"), !text.hasPrefix(">=") { return (false, String(text.dropFirst())) }
        return nil
    }
}

extension Interpreter {
    /// Runs `command` with what it prints going to the redirection's file. The file is
    /// written once the command has succeeded; if it cannot be, the command is undone too.
    func execute(_ command: any ShellCommand, redirectedTo redirection: Redirection, emit: (Output) -> Void) throws(ShellError) {
        let before = session
        let width = outputWidth
        // A file is never wrapped: what help and tables fit is the terminal.
        outputWidth = nil
        let wasRedirecting = redirecting
        // Quiet drops what a command shows; here that is what the file was asked for.
        redirecting = true
        defer {
            outputWidth = width
            redirecting = wasRedirecting
        }
        var text = ""
        try execute(command) { output in
            guard let shown = output.shown(format: session.format, color: false, language: session.language, width: nil, escaped: false) else {
                return emit(output)
            }
            text += shown + "\n"
        }
        do throws(ShellError) {
            if redirection.appending {
                let location = try writableLocation(redirection.file)
                do { try AppendingFile.append(Array(text.utf8), to: location) } catch { throw .fileWrite(error) }
            } else {
                try write(Array(text.utf8), to: redirection.file, force: false)
            }
        } catch {
            session = before
            throw error
        }
    }
}
