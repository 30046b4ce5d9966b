import MuniPlan
import MuniPlanShell

/// Seeded command lines for every command in the registry, built from its spec (name,
/// positionals, options and the kind of each value), then mutated: wrong counts, unknown
/// options, hostile paths, huge numbers, control characters, combining marks, full-width
/// forms, quotes, `;`, `#` and trailing `\`.
public struct CommandLineGenerator: Sendable {
    public let vocabulary: FuzzVocabulary
    /// Every command but `quit`, which would end a batch early; the ones that touch files or
    /// run long appear twice as often.
    public let specs: [CommandSpec]
    let mutator: LineMutator

    static let weighted: Set<String> = ["export", "report", "save", "run", "indicators", "simulate", "allocate", "expect"]

    public init(dataset: Dataset, hugeNumbers: Bool) {
        vocabulary = FuzzVocabulary(dataset: dataset, hugeNumbers: hugeNumbers)
        let all = CommandRegistry.all.filter { $0.name != "quit" }
        specs = all + all.filter { Self.weighted.contains($0.name) }
        mutator = LineMutator(hugeNumbers: hugeNumbers)
    }

    /// One line: usually a command of the registry, now and then a soup of words; mutated one
    /// time in three. Paths may hold `@ROOT@`/`@WORK@` (FuzzSandbox.expand).
    public func line(_ g: inout RandomSource) -> String {
        var text = Int.random(in: 0..<8, using: &g) == 0 ? soup(&g) : command(&g)
        if Int.random(in: 0..<3, using: &g) == 0 { text = mutator.mutate(text, &g) }
        if Int.random(in: 0..<12, using: &g) == 0 { text += " ; " + command(&g) }
        return text
    }

    /// A command built from a spec.
    public func command(_ g: inout RandomSource) -> String {
        let spec = specs.randomElement(using: &g)!
        var words: [String] = [name(spec, &g)]
        if let special = semantic(spec.name, &g) { return (words + special).joined(separator: " ") }
        var positionals: [String] = []
        for positional in spec.positionals {
            if positional.optional, Bool.random(using: &g) { continue }
            let count = positional.repeating ? Int.random(in: positional.optional ? 0...3 : 1...4, using: &g) : 1
            for _ in 0..<count { positionals.append(value(positional.kind, command: spec.name, option: nil, &g)) }
        }
        var options: [String] = []
        for option in spec.options where Int.random(in: 0..<3, using: &g) == 0 {
            guard let kind = option.value else { options.append(option.name); continue }
            let count = option.repeating ? Int.random(in: 1...3, using: &g) : 1
            let values = (0..<count).map { _ in value(kind, command: spec.name, option: option.name, &g) }
            if !option.repeating, Int.random(in: 0..<5, using: &g) == 0 {
                options.append(option.name + "=" + values[0])
            } else {
                options.append(([option.name] + values).joined(separator: " "))
            }
        }
        switch Int.random(in: 0..<20, using: &g) {
        case 0: options.append("--" + (vocabulary.texts.randomElement(using: &g) ?? "x"))  // unknown option
        case 1: options.append(spec.options.randomElement(using: &g)?.name ?? "--")  // an option missing its value
        case 2: positionals.append(vocabulary.texts.randomElement(using: &g)!)  // one word too many
        case 3: positionals.removeAll()
        default: break
        }
        words += Bool.random(using: &g) ? positionals + options : options + positionals
        return words.joined(separator: " ")
    }

    /// The command's name, its alias, or a near miss.
    func name(_ spec: CommandSpec, _ g: inout RandomSource) -> String {
        switch Int.random(in: 0..<30, using: &g) {
        case 0: spec.name.uppercased()
        case 1: String(spec.name.dropLast())
        case 2: spec.name + "s"
        default: spec.name
        }
    }

    /// Argument lists a spec cannot describe (the words after `expect`, `indicators set`,
    /// allocation policies), half of the time, so that deep paths run.
    func semantic(_ command: String, _ g: inout RandomSource) -> [String]? {
        guard Bool.random(using: &g) else { return nil }
        let v = vocabulary
        func pick(_ list: [String]) -> String { list.randomElement(using: &g)! }
        func op() -> String { pick([">=", "<=", "==", "!=", ">", "<", "=", "=>", "≥"]) }
        func number() -> String { quoted(v.number(&g), &g) }
        switch command {
        case "expect":
            switch Int.random(in: 0..<5, using: &g) {
            case 0: return ["kpi", pick(v.kpis), pick(["met", "short", "over", "done"])]
            case 1: return ["kpi", pick(v.kpis), op(), number()]
            case 2: return [pick(["covered", "not-covered"]), v.measure(&g)] + (0..<Int.random(in: 1...3, using: &g)).map { _ in quoted(pick(v.bodies), &g) }
            case 3: return ["count"] + (0..<Int.random(in: 0...2, using: &g)).map { _ in pick(v.bodies) } + [op(), number()]
            default:
                let target = Bool.random(using: &g) ? [number()] : []
                return ["probability", pick(v.kpis)] + target + [op(), pick(["0.5", "80%", "1", "0", "-0.1", "101%", "nan", "1e-9"] + v.numbers)]
                    + (Bool.random(using: &g) ? ["--fy", pick(v.years)] : [])
            }
        case "indicators":
            switch Int.random(in: 0..<3, using: &g) {
            case 0: return ["load", quoted(pick(v.readPaths), &g)]
            case 1: return ["set", pick(v.features)] + (0..<Int.random(in: 0...3, using: &g)).flatMap { _ in [pick(v.bodies), number()] }
            default: return []
            }
        case "export":
            let what = pick(["coverage", "kpi", "plan", "bodies", "allocation", "simulation", "allocation", "simulation"])
            let part = what == "allocation" ? [v.measure(&g)] : what == "simulation" ? [pick(["kpi", "drivers", "districts", "bodies", "x"])] : []
            let extra = [["--format", pick(["csv", "tsv", "md", "json", "html", "xlsx"])], ["--excel"], ["--encoding", pick(["cp932", "utf-8", "sjis"])],
                         ["--force"], ["--fy", pick(v.years)], ["--cumulative"], ["--by", "district"]].filter { _ in Int.random(in: 0..<3, using: &g) == 0 }
            return [what] + part + ["--to", value(.file, command: "export", option: "--to", &g)] + extra.flatMap { $0 }
        case "report":
            let extra = [["--measure", v.measure(&g)], ["--fy", pick(v.years)], ["--cumulative"], ["--force"]].filter { _ in Bool.random(using: &g) }
            return ["--to", value(.file, command: "report", option: "--to", &g)] + extra.flatMap { $0 }
        case "simulate":
            return ["--runs", value(CommandRegistry.spec("simulate")?.option("--runs")?.value ?? .text, command: "simulate", option: "--runs", &g), "--seed", pick(["1", "2022", "0", "18446744073709551615", "18446744073709551616", "-1"])]
                + (Bool.random(using: &g) ? ["--through", pick(v.years)] : []) + (Bool.random(using: &g) ? [v.measure(&g)] : [])
                + (Int.random(in: 0..<3, using: &g) == 0 ? ["--model", value(.file, command: "simulate", option: "--model", &g)] : [])
        case "allocate":
            let policies: [[String]] = [[], ["by", "need"], ["spread"], ["apportion", pick(["hamilton", "dhondt", "webster", "huntington-hill"])]]
            let policy = policies.randomElement(using: &g)!
            var words = [v.measure(&g)] + (Bool.random(using: &g) ? [number()] : []) + policy
            if Bool.random(using: &g) { words += ["--budget", number(), "--cost", pick(v.features)] }
            if Bool.random(using: &g) { words += [pick(["--min-per-district", "--max-per-district"]), number()] }
            if Bool.random(using: &g) { words += ["--require", quoted(pick(v.bodies), &g)] }
            if policy.first == "apportion" { words += ["--by", pick(["population", "bodies"])] }
            return words
        default:
            return nil
        }
    }

    /// A value of `kind`; files are paths read or written depending on the command.
    func value(_ kind: ArgumentKind, command: String, option: String?, _ g: inout RandomSource) -> String {
        let v = vocabulary
        func pick(_ list: [String]) -> String { list.randomElement(using: &g)! }
        switch kind {
        case .measure: return v.measure(&g)
        case .body: return quoted(pick(v.bodies), &g)
        case .kpi: return pick(v.kpis)
        case .feature: return pick(v.features)
        case .snapshot: return quoted(pick(v.snapshots), &g)
        case .fiscalYear: return pick(v.years)
        case .text: return pick(v.texts + v.bodies.prefix(10))
        case .command: return pick(CommandRegistry.names + ["numbers", "nosuch", "-", "s"])
        case let .keyword(words): return Int.random(in: 0..<10, using: &g) == 0 ? pick(words).uppercased() : pick(words)
        case .number:
            // --runs and --threads bound the work of a line (a hang is a line that never ends,
            // not a simulation asked for 10^8 runs); out-of-range values stay in.
            if option == "--runs" { return pick(["1", "10", "50", "200", "0", "-5", "100000001", "1e2", "1,000", "x"] + v.numbers.filter { $0.count > 12 }) }
            if option == "--threads" { return pick(["1", "2", "3", "0", "257", "-1", "x", "99999999999999999999"]) }
            return quoted(v.number(&g), &g)
        case .file:
            let writes = ["export", "report", "save"].contains(command) && option != "--model"
            if !writes { return quoted(pick(v.readPaths), &g) }
            let extensions = command == "save" ? [".plan", "", ".csv"] : command == "report" ? [".html", ".htm", ""]
                : [".csv", ".tsv", ".md", ".json", ".html", ".xlsx", ".txt", "", ".CSV"]
            return quoted(pick(v.writeStems) + pick(extensions), &g)
        }
    }

    /// The word quoted as a shell would need it, or now and then quoted wrongly.
    func quoted(_ word: String, _ g: inout RandomSource) -> String {
        let needs = word.isEmpty || word.contains { " \t;#'\"\\\n".contains($0) }
        switch Int.random(in: 0..<12, using: &g) {
        case 0: return "'" + word  // unclosed
        case 1: return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        default:
            guard needs else { return word }
            return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }

    /// Words of every kind in any order.
    func soup(_ g: inout RandomSource) -> String {
        let v = vocabulary
        let pools = [CommandRegistry.names, v.measures, v.bodies, v.numbers, v.years, v.texts, v.readPaths, v.writeStems, LineMutator.noise]
        return (0..<Int.random(in: 1...7, using: &g)).map { _ in pools.randomElement(using: &g)!.randomElement(using: &g)! }
            .joined(separator: Int.random(in: 0..<6, using: &g) == 0 ? "" : " ")
    }
}
