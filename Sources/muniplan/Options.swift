import ArgumentParser
import Foundation
import MuniPlan
import MuniPlanShell

/// The command line. Parsing only: `main.swift` decides what happens.
struct Options: ParsableCommand {
    // Without this, help and errors call the program "options" (the type's name).
    // The usage spelled out: with this many options ArgumentParser would shorten it to `[<options>]`.
    static let configuration = CommandConfiguration(
        commandName: "muniplan",
        usage: "muniplan [-c <commands> ...] [--data <dir>] [--bail] [--keep-going] [--quiet] [--no-history] [--no-pager] "
            + "[--allow-write <dir> ...] [--allow-read <dir> ...] [--lang <ja|en>] [--format <table|csv|tsv|md|json>] [--version] [<file> ...]")

    /// The two forms of the command line, as usage errors show them (under `usage: `).
    static let usageLines = ["muniplan [FILE.plan…] [-c 'CMD; CMD'] [--data DIR] [options]", "muniplan check DIR"]

    /// The usage lines, the second indented under the first after `usage: ` (`使い方：`).
    static func usage(in language: Language) -> String {
        let indent = String(repeating: " ", count: language == .japanese ? 8 : 7)
        return usageLines.joined(separator: "\n" + indent)
    }

    @Option(name: .customShort("c"), help: ArgumentHelp(Message.Terminal.optionCommands.description, valueName: "commands"))
    var commands: [String] = []

    @Option(name: .long, help: ArgumentHelp(Message.Terminal.optionData.description, valueName: "dir"))
    var data: String?

    @Flag(name: .long, help: ArgumentHelp(Message.Terminal.optionBail.description))
    var bail = false

    @Flag(name: .long, help: ArgumentHelp(Message.Terminal.optionKeepGoing.description))
    var keepGoing = false

    @Flag(name: [.customShort("q"), .long], help: ArgumentHelp(Message.Terminal.optionQuiet.description))
    var quiet = false

    @Flag(name: .long, help: ArgumentHelp(Message.Terminal.optionNoHistory.description))
    var noHistory = false

    @Flag(name: .long, help: ArgumentHelp(Message.Terminal.optionNoPager.description))
    var noPager = false

    @Option(name: .long, help: ArgumentHelp(Message.Terminal.optionAllowWrite.description, valueName: "dir"))
    var allowWrite: [String] = []

    @Option(name: .long, help: ArgumentHelp(Message.Terminal.optionAllowRead.description, valueName: "dir"))
    var allowRead: [String] = []

    @Option(name: .long, help: ArgumentHelp(Message.Terminal.optionLang.description, valueName: "ja|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(Message.Terminal.optionFormat.description, valueName: "table|csv|tsv|md|json"))
    var format: String?

    @Flag(name: .long, help: ArgumentHelp(Message.Terminal.optionVersion.description))
    var version = false

    @Argument(help: ArgumentHelp(Message.Terminal.argumentFiles.description, valueName: "file"))
    var files: [String] = []

    mutating func validate() throws {
        if let lang, Language(word: lang) == nil {
            let language = Language(environment: ProcessInfo.processInfo.environment)
            throw ValidationError(Message.Terminal.langInvalid(word: lang).text(in: language))
        }
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            let language = lang.flatMap(Language.init(word:)) ?? Language(environment: ProcessInfo.processInfo.environment)
            throw ValidationError(Message.Terminal.formatInvalid(word: format).text(in: language))
        }
    }
}
