import MuniPlan
import MuniPlanShell

/// The command lines scripts and benchmarks type most (`-c 'kpi'`, `--data DIR`, files),
/// read without ArgumentParser: its parse reflects over `Options` (Mirror, run-time type
/// look-ups), a fifth of a Fukushima `-c kpi` start-up. Only plain shapes are read here:
/// each option and its value as separate words, every value not starting with `-`, no
/// single-valued option or flag twice. Anything else (help, `--data=DIR`, `--`, an
/// unknown or repeated option, a value `validate` refuses) is ArgumentParser's, as before.
extension Options {
    static func parsePlain(_ arguments: [String]) -> LaunchOptions? {
        var commands: [String] = [], allowWrite: [String] = [], allowRead: [String] = [], files: [String] = []
        var single: [String: String] = [:]
        var flags: Set<String> = []
        var words = arguments.makeIterator()
        while let word = words.next() {
            switch word {
            case "-c", "--allow-write", "--allow-read", "--data", "--lang", "--format":
                guard let value = words.next(), !value.hasPrefix("-") else { return nil }
                switch word {
                case "-c": commands.append(value)
                case "--allow-write": allowWrite.append(value)
                case "--allow-read": allowRead.append(value)
                default:
                    guard single.updateValue(value, forKey: word) == nil else { return nil }
                }
            case "--bail", "--keep-going", "-q", "--quiet", "--no-history", "--no-pager", "--version":
                guard flags.insert(word == "-q" ? "--quiet" : word).inserted else { return nil }
            default:
                guard !word.hasPrefix("-") else { return nil }
                files.append(word)
            }
        }
        let options = LaunchOptions(
            commands: commands, data: single["--data"], bail: flags.contains("--bail"), keepGoing: flags.contains("--keep-going"),
            quiet: flags.contains("--quiet"), noHistory: flags.contains("--no-history"), noPager: flags.contains("--no-pager"),
            allowWrite: allowWrite, allowRead: allowRead, lang: single["--lang"], format: single["--format"],
            version: flags.contains("--version"), files: files)
        // What `validate` refuses is ArgumentParser's to report.
        if let lang = options.lang, Language(word: lang) == nil { return nil }
        if let format = options.format, OutputFormat(rawValue: format.lowercased()) == nil { return nil }
        return options
    }
}
