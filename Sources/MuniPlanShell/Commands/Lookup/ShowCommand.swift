import MuniPlan

/// `show BODY`: everything about one body.
struct ShowCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("show", group: .lookup,
                                  summary: Message.Help.summaryShow,
                                  examples: ["show 檜枝岐村", "show hinoemata", "show 073644", "show ひのえまた"],
                                  positionals: [PositionalSpec("BODY", .body)],
                                  keywords: Message.Help.keywordsShow, runs: ShowCommand.self)

    let body: String

    init(body: String) { self.body = body }

    init(_ arguments: Arguments) { body = arguments.positionals[0].text }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.text(try card(interpreter.session)))
    }

    /// The body's names, then one field a line; the need score with its parts.
    func card(_ session: Session) throws(ShellError) -> String {
        let body: Body
        do { body = try session.resolver.body(self.body) } catch { throw .resolve(error) }
        let dataset = session.dataset
        var lines = ["\(body.name) (\(body.kana), \(body.romaji))"]
        func field(_ name: String, _ value: String) { lines.append("  " + DisplayWidth.pad(name, to: 12) + value) }
        field("code", body.code)
        field("kind", body.kind.rawValue + " (\(body.kind.japanese))")
        if let d = body.district.flatMap(dataset.district(named:)) { field("district", "\(d.name) (\(d.bureau), \(d.romaji))") }
        field("population", body.population.map { Table.Cell.integer($0).display + " (2020 census)" } ?? "—")
        if let lat = body.latitude, let lon = body.longitude {
            field("office", Table.Cell.decimal(lat, places: 6).plain + ", " + Table.Cell.decimal(lon, places: 6).plain)
        }
        field("groups", body.groups.isEmpty ? "—" : body.groups.joined(separator: " "))
        let need = NeedModel(dataset: dataset, plan: session.plan, year: session.year)
        let parts = need.parts(body)
        field("need", Table.Cell.decimal(need.score(body), places: 3).plain + " in \(session.describe(session.year))")
        for part in parts {
            lines.append("    " + DisplayWidth.pad(part.feature.description, to: 22)
                         + Table.Cell.decimal(part.weight, places: 2).plain + " × "
                         + Table.Cell.decimal(part.value, places: 3).plain + " = "
                         + Table.Cell.decimal(part.contribution, places: 3).plain)
        }
        let eligible = dataset.measures.filter { $0.isEligible(body) }.map(\.id)
        field("eligible", eligible.isEmpty ? "—" : eligible.joined(separator: " "))
        var covered: [String] = []
        for year in session.plan.years {
            let ids = dataset.measures.map(\.id).filter { session.plan.covered($0, in: year).contains(body.code) }
            if !ids.isEmpty { covered.append("\(session.describe(year)): \(ids.joined(separator: " "))") }
        }
        field("covered", covered.isEmpty ? "— (by no measure yet)" : covered[0])
        for more in covered.dropFirst() { lines.append("  " + String(repeating: " ", count: 12) + more) }
        return lines.joined(separator: "\n")
    }
}
