import MuniPlanShell

/// What the command line asked for, as `main.swift` reads it: from the plain reading
/// (`parsePlain`, the usual shapes) or from ArgumentParser's `Options` (everything else).
/// A value of its own, so a start-up the plain reading covers runs no ArgumentParser code.
struct LaunchOptions {
    var commands: [String] = []
    var data: String?
    var bail = false
    var keepGoing = false
    var quiet = false
    var noHistory = false
    var noPager = false
    var allowWrite: [String] = []
    var allowRead: [String] = []
    var lang: String?
    var format: String?
    var version = false
    var files: [String] = []

    /// `--format`, checked when parsed; the terminal table when not given.
    var outputFormat: OutputFormat { format.flatMap { OutputFormat(rawValue: $0.lowercased()) } ?? .table }
}

extension Options {
    var launch: LaunchOptions {
        LaunchOptions(commands: commands, data: data, bail: bail, keepGoing: keepGoing, quiet: quiet, noHistory: noHistory,
                      noPager: noPager, allowWrite: allowWrite, allowRead: allowRead, lang: lang, format: format,
                      version: version, files: files)
    }
}
