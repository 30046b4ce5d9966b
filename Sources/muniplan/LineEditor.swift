@preconcurrency import CReadline
import CInterrupt
@preconcurrency import Glibc
import Foundation
import MuniPlan

/// The prompt's line editing through GNU readline: history, Tab completion, Ctrl-C.
/// Readline's globals are process-wide, so there is one editor per process.
final class LineEditor {
    enum Line { case text(String), interrupted, endOfInput }

    /// Completion candidates for the text before the cursor (set by main; read by readline's callback).
    nonisolated(unsafe) static var candidates: (String) -> [String] = { _ in [] }

    let historyPath: String?
    private var savedTerminal = termios()
    private var haveSavedTerminal = false

    init(historyPath: String?, warn: (Message) -> Void) {
        self.historyPath = historyPath
        Self.ensureUTF8Locale()
        if tcgetattr(STDIN_FILENO, &savedTerminal) == 0 { haveSavedTerminal = true }
        // readline is opened here, on first use: its variables are set through accessors.
        muniplan_set_rl_readline_name(UnsafePointer(strdup("muniplan")))
        // We handle SIGINT ourselves: readline must not re-raise it (which would kill us).
        muniplan_set_rl_catch_signals(0)
        muniplan_set_rl_catch_sigwinch(1)
        muniplan_set_rl_completer_word_break_characters(UnsafePointer(strdup(" \t;")))
        muniplan_set_rl_completer_quote_characters(UnsafePointer(strdup("'\"")))
        muniplan_set_rl_attempted_completion_function { text, start, _ in
            muniplan_set_rl_attempted_completion_over(1)
            guard let buffer = muniplan_get_rl_line_buffer() else { return nil }
            // start is a byte offset into the UTF-8 line.
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: Int(start))
            let before = String(decoding: bytes, as: UTF8.self)
            let typed = text.map { String(cString: $0) } ?? ""
            // readline breaks words at single bytes, so a full-width space does not end the
            // text it hands us: complete only after it, and give back what came before.
            let kept = typed.lastIndex(of: "\u{3000}").map { String(typed[...$0]) } ?? ""
            LineEditor.keptBeforeWord = kept
            muniplan_set_rl_completion_display_matches_hook(kept.isEmpty ? nil : { matches, count, _ in LineEditor.displayMatches(matches, count: count) })
            let matches = LineEditor.candidates(before + typed)
            return LineEditor.matchArray(matches.map { kept + $0 }, typed: typed)
        }
        muniplan_set_rl_signal_event_hook {
            // Ctrl-C while typing: drop the line and show a fresh prompt.
            if muniplan_interrupted() != 0 {
                muniplan_clear_interrupt()
                rl_replace_line("", 0)
                fputs("^C\n", stdout)
                rl_on_new_line()
                rl_redisplay()
            }
            return 0
        }
        muniplan_install_sigint_handler()
        using_history()
        stifle_history(2000)
        if let historyPath {
            let result = read_history(historyPath)
            if result != 0, result != ENOENT {
                warn(Message.Terminal.historyUnreadable(path: historyPath, reason: String(cString: strerror(result))))
            }
        }
    }

    /// What the last completion kept before the word it completed (`show　`), so the list
    /// of matches shows the words alone.
    nonisolated(unsafe) static var keptBeforeWord = ""

    /// Lists matches as readline does, without the kept text in front of each.
    static func displayMatches(_ matches: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, count: Int32) {
        guard let matches, count > 0 else { return }
        let words = (1...Int(count)).map { i in matches[i].map { String(String(cString: $0).dropFirst(keptBeforeWord.count)) } ?? "" }
        var list = [strdup("")] + words.map { strdup($0) } + [nil]
        defer { list.forEach { free($0) } }
        rl_crlf()
        rl_display_match_list(&list, count, Int32(words.map(DisplayWidth.of).max() ?? 0))
        rl_forced_update_display()
    }

    /// readline wants [substitution, match1, …, NULL], all malloc'd. The substitution is
    /// the longest common prefix when it extends what was typed, else the typed text, so a
    /// kana prefix completed to kanji names never erases what was typed.
    static func matchArray(_ matches: [String], typed: String) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard !matches.isEmpty else { return nil }
        // One match: [match, NULL]. Several: [substitution, match…, NULL].
        let entries: [String]
        if matches.count == 1 {
            entries = matches
        } else {
            let common = longestCommonPrefix(matches)
            entries = [common.count > typed.count ? common : typed] + matches
        }
        // readline frees each string and the array with free(): allocate them with malloc.
        guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)) else { return nil }
        let list = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
        for (i, entry) in entries.enumerated() { list[i] = strdup(entry) }
        list[entries.count] = nil
        return list
    }

    static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }

    /// With LANG=C readline takes bytes ≥ 0x80 as Meta keys and Japanese input breaks.
    static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setenv("LC_CTYPE", "C.UTF-8", 1)
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    func read(prompt: String) -> Line {
        muniplan_clear_interrupt()
        guard let raw = readline(prompt) else {
            return muniplan_interrupted() != 0 ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            if let historyPath {
                Self.ensureParent(of: historyPath)
                if !FileManager.default.fileExists(atPath: historyPath) { _ = write_history(historyPath) } else { _ = append_history(1, historyPath) }
            }
        }
        return .text(line)
    }

    static func ensureParent(of path: String) {
        let parent = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }

    /// Caps the history file and puts the terminal back as it was.
    func close() {
        if let historyPath { _ = history_truncate_file(historyPath, 2000) }
        if haveSavedTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
    }

    /// `$XDG_STATE_HOME/muniplan/history`, else `~/.local/state/muniplan/history`.
    static func defaultHistoryPath() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let state = env["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/muniplan/history" }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/muniplan/history"
    }
}
