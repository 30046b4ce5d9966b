import MuniPlan

/// `help`: the index grouped by purpose, one command in full, or a search — all generated
/// from the command registry.
public enum HelpText {
    public static func render(_ topic: String?) throws(ShellError) -> String {
        guard let topic, !topic.isEmpty else { return index() }
        if let spec = CommandRegistry.spec(topic.lowercased()) ?? CommandRegistry.aliases[topic.lowercased()].flatMap(CommandRegistry.spec) {
            return full(spec)
        }
        if let topicText = topics[topic.lowercased()] { return topicText }
        let hits = search(topic)
        guard !hits.isEmpty else {
            let suggestion = Suggest.closest(topic, in: CommandRegistry.names).map { " — did you mean \($0)?" } ?? ""
            throw .invalid("no help for '\(Excerpt.of(topic, limit: 64))'\(suggestion) (type help for the index)")
        }
        return "commands about '\(topic)':\n" + hits.map { line(for: $0) }.joined(separator: "\n")
    }

    static func index() -> String {
        var lines = ["muniplan — plan, simulate and report support to municipalities.",
                     "Type help COMMAND for one in full, help WORD to search. Topics: help selectors, help years, help numbers.", ""]
        for group in CommandGroup.allCases {
            let specs = CommandRegistry.all.filter { $0.group == group }
            guard !specs.isEmpty else { continue }
            lines.append(group.rawValue)
            lines += specs.map { line(for: $0) }
            lines.append("")
        }
        return lines.dropLast().joined(separator: "\n")
    }

    static func line(for spec: CommandSpec) -> String {
        "  " + DisplayWidth.pad(spec.name, to: 12) + spec.summary
    }

    static func full(_ spec: CommandSpec) -> String {
        var lines = ["usage: \(spec.usage)", "", spec.summary]
        if !spec.details.isEmpty { lines += ["", spec.details] }
        if !spec.options.isEmpty {
            lines += ["", "options:"]
            // A head as wide as the column still gets two spaces before its help (`--format …html  instead`).
            lines += spec.options.map { "  " + DisplayWidth.pad($0.head, to: max(26, DisplayWidth.of($0.head) + 2)) + $0.help }
        }
        if !spec.numbers.isEmpty {
            lines += ["", "numbers (help numbers for how to write them):"]
            lines += spec.numbers.map { "  " + DisplayWidth.pad($0.name, to: 20) + $0.expected + ": " + $0.meaning }
        }
        lines += ["", "examples:"] + spec.examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// Commands whose name, summary, details, options or examples mention the word.
    static func search(_ word: String) -> [CommandSpec] {
        let needle = word.lowercased()
        return CommandRegistry.all.filter { spec in
            ([spec.name, spec.usage, spec.summary, spec.details] + spec.examples + spec.options.map { $0.name + " " + $0.help })
                .contains { $0.lowercased().contains(needle) }
        }
    }

    static let topics: [String: String] = [
        "selectors": """
        Naming bodies — every command that takes BODY accepts:
          073644, 07364          the code with or without its check digit
          檜枝岐村, 檜枝岐         the name with or without 市/町/村
          ひのえまた, ヒノエマタ     kana (hiragana, katakana, half-width)
          hinoemata, Koriyama    romaji (any case; kooriyama and kōriyama work too)
          district:会津           every body of a district (name, romaji or bureau)
          kind:village           city, town, village, association
          group:evac12           a named group (evac12, hamadori15)
          covered:advisor        covered by a measure in the current year
          all                    every body
        Selectors narrow each other (kind:village district:会津); named bodies add to them.
        """,
        "numbers": """
        Numbers in commands — every command that takes one accepts:
          19, -3, 0.5, 1e6       digits, a sign, decimals, an exponent
          11,000  100_000        digits grouped in threes by , or _
          １９, －３, １．５     full-width forms typed through an IME
          80%                    for a probability only (expect probability … P)
        Each number has a range, listed by help COMMAND (docs/numbers.md has the table):
          counts of bodies (N, K, capacity)   whole, 0 to 1,000,000
          amounts (budget, weights, values)   -1e15 to 1e15 (budgets and planned values ≥ 0)
          --runs 1 to 100,000,000; --seed 0 to 2^64 − 1; --threads 1 to 256; P 0 to 1
        A number outside its range is refused with the range, never rounded or clamped.
        """,
        "years": """
        Fiscal years (April–March) are accepted as 2022, FY2022, R4, 令和4年度, 令和元年度, H30,
        平成30年度, and shown as FY2022 (R4). `fy baseline` is the bucket before the plan's first
        year: what was covered already, counted by cumulative (累計) KPIs.
        """,
    ]
}
