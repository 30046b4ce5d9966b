import ArgumentParser
import Foundation
import MuniPlan

/// `muniplan --help` in Japanese. ArgumentParser's help page is English only, so for a
/// Japanese reader the same arguments and options are listed here from the catalogue,
/// laid out as ArgumentParser lays them out (one line each: Japanese does not wrap at spaces).
enum OptionsHelp {
    /// The option as the help page heads it, and what it does.
    static let entries: [(head: String, help: Message)] = [
        ("-c <commands>", Message.Terminal.optionCommands),
        ("--data <dir>", Message.Terminal.optionData),
        ("--bail", Message.Terminal.optionBail),
        ("--keep-going", Message.Terminal.optionKeepGoing),
        ("-q, --quiet", Message.Terminal.optionQuiet),
        ("--no-history", Message.Terminal.optionNoHistory),
        ("--no-pager", Message.Terminal.optionNoPager),
        ("--allow-write <dir>", Message.Terminal.optionAllowWrite),
        ("--allow-read <dir>", Message.Terminal.optionAllowRead),
        ("--lang <ja|en>", Message.Terminal.optionLang),
        ("--format <table|csv|tsv|md|json>", Message.Terminal.optionFormat),
        ("--version", Message.Terminal.optionVersion),
        ("-h, --help", Message.Terminal.optionHelp),
    ]

    static func page(in language: Language) -> String {
        func line(_ head: String, _ help: Message) -> String {
            "  " + head.padding(toLength: max(24, head.count + 2), withPad: " ", startingAt: 0) + help.text(in: language)
        }
        var lines = [Message.Terminal.helpUsage(usage: Options.usageString()).text(in: language), "",
                     Message.Terminal.helpArguments.text(in: language), line("<file>", Message.Terminal.argumentFiles), "",
                     Message.Terminal.helpOptions.text(in: language)]
        lines += entries.map { line($0.head, $0.help) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The language asked for before the arguments are parsed (a parse error or `--help`
    /// ends parsing): `--lang X` or `--lang=X` when it names one, else the locale's.
    static func language(of arguments: [String], environment: [String: String]) -> Language {
        var asked: String?
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count { asked = arguments[i + 1] }
            if argument.hasPrefix("--lang=") { asked = String(argument.dropFirst("--lang=".count)) }
        }
        return asked.flatMap(Language.init(word:)) ?? Language(environment: environment)
    }
}
