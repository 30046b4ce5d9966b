import MuniPlan

/// What the argument parser refused, as a catalogue sentence: swift-argument-parser words its
/// errors in English only, so the few a person meets on muniplan's command line (an unknown
/// option, a missing or bad value) are recognised and said again; anything else is shown as
/// the parser gave it.
struct ArgumentProblem: MessageArgument {
    let parserText: String

    func text(in language: Language) -> String {
        guard language == .japanese else { return parserText }
        if let name = quoted(after: "Unknown option ") { return Message.Terminal.unknownOption(name: name).text(in: language) }
        if let name = quoted(after: "Missing value for ") { return Message.Terminal.missingValue(name: name).text(in: language) }
        if let name = quoted(after: "Unexpected argument ") { return Message.Terminal.unexpectedArgument(word: name).text(in: language) }
        return parserText
    }

    /// `'--frob'` after `prefix`, without its quotes (and without ` <dir>`, the value's name).
    private func quoted(after prefix: String) -> String? {
        guard parserText.hasPrefix(prefix + "'") else { return nil }
        let rest = parserText.dropFirst(prefix.count + 1)
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end].split(separator: " ").first ?? rest[..<end])
    }
}
