import ArgumentParser
import MuniPlan

/// The command line. Parsing only: `main.swift` decides what happens.
struct Options: ParsableCommand {
    // Without this, help and errors call the program "options" (the type's name).
    static let configuration = CommandConfiguration(commandName: "muniplan")

    static let usage = "muniplan [FILE.plan…] [-c 'CMD; CMD'] [--data DIR] [options]\n       muniplan check DIR"

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (separated by ;) instead of a prompt; after the files, when files are given too.", valueName: "commands"))
    var commands: String?

    @Option(name: .long, help: ArgumentHelp("The data directory (default: the bundled Data/, or $MUNIPLAN_DATA).", valueName: "dir"))
    var data: String?

    @Flag(name: .long, help: "Stop scripts at the first failed expect.")
    var bail = false

    @Flag(name: .long, help: "In scripts, report errors and go on instead of stopping.")
    var keepGoing = false

    @Flag(name: .long, help: "Neither read nor write the prompt's history.")
    var noHistory = false

    @Option(name: .long, help: ArgumentHelp("A directory scripts may write to (and read from) besides the working directory (repeatable).", valueName: "dir"))
    var allowWrite: [String] = []

    @Option(name: .long, help: ArgumentHelp("A directory scripts may read from besides the working directory (repeatable).", valueName: "dir"))
    var allowRead: [String] = []

    @Option(name: .long, help: ArgumentHelp("The language of everything muniplan says: ja or en (default: Japanese when LC_ALL, LC_MESSAGES or LANG starts with ja).", valueName: "ja|en"))
    var lang: String?

    @Flag(name: .long, help: "Print the version and exit.")
    var version = false

    @Argument(help: ArgumentHelp("Scenario files to run in order in one session; or `check DIR` to check every *.plan in DIR, each in a fresh session.", valueName: "file"))
    var files: [String] = []

    mutating func validate() throws {
        if let lang, Language(word: lang) == nil { throw ValidationError("--lang takes ja or en, not '\(lang)'") }
    }
}
