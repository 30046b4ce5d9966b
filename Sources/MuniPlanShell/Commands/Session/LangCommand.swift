import MuniPlan

/// `lang [ja|en]`: the language of everything muniplan says from now on; `lang` alone names
/// it. Saved scenarios, machine exports and exit statuses do not change with it.
struct LangCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("lang", group: .session,
                                  summary: Message.Help.summaryLang,
                                  examples: ["lang ja", "lang en", "lang"],
                                  positionals: [PositionalSpec("LANGUAGE", .keyword(["ja", "en"]), optional: true)],
                                  keywords: Message.Help.keywordsLang, runs: LangCommand.self)

    /// nil: name the current language.
    let language: Language?

    init(language: Language?) { self.language = language }

    init(_ arguments: Arguments) throws(ShellError) {
        guard let word = arguments.positional(0) else { language = nil; return }
        guard let language = Language(word: word) else { throw arguments.usageError(Message.Usage.unknownLanguage(language: Excerpt.of(word))) }
        self.language = language
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // Silent when set, as `format` is: `lang ja; kpi` prints only the table.
        if let language { interpreter.session.language = language } else { emit(.text("lang \(interpreter.session.language.rawValue)")) }
    }
}
