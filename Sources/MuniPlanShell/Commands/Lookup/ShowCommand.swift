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
        // `format csv` and the others give the body as one record; the card is for reading.
        guard interpreter.session.format == .table else { return emit(.table(try table(interpreter, language: interpreter.session.tableLanguage))) }
        emit(.text(try card(interpreter.session, language: interpreter.session.language)))
    }

    /// The body named; a measure's name is told apart from a body it does not name
    /// (`show セキュリティクラウド` is a measure, which `measures` lists).
    func resolved(in session: Session) throws(ShellError) -> Body {
        do { return try session.resolver.body(body) } catch {
            if case .unknownBody(_, let suggestions) = error, suggestions.isEmpty, let measure = session.dataset.measureID(for: body) {
                throw .refused(Message.Lookup.showMeasure(word: Excerpt.of(body, limit: 64), measure: measure))
            }
            throw .resolve(error)
        }
    }

    /// The body's names, then one field a line; the need score with its parts.
    func card(_ session: Session, language: Language) throws(ShellError) -> String {
        func say(_ message: Message) -> String { message.text(in: language) }
        let body: Body
        body = try resolved(in: session)
        let dataset = session.dataset
        var lines = ["\(body.name) (\(body.kana), \(body.romaji))"]
        func field(_ name: Message, _ value: String) { lines.append("  " + DisplayWidth.pad(say(name), to: 12) + value) }
        field(Message.Lookup.showCode, body.code)
        field(Message.Lookup.showKind, say(Message.Lookup.kindBoth(kind: body.kind.rawValue, japanese: body.kind.japanese)))
        if let d = body.district.flatMap(dataset.district(named:)) {
            field(Message.Lookup.showDistrict, say(Message.Lookup.districtValue(name: d.name, bureau: d.bureau, romaji: d.romaji)))
        }
        field(Message.Lookup.showPopulation, body.population.map { say(Message.Lookup.populationCensus(population: Table.Cell.integer($0).display)) } ?? "—")
        if let lat = body.latitude, let lon = body.longitude {
            field(Message.Lookup.showOffice, Table.Cell.decimal(lat, places: 6).plain + ", " + Table.Cell.decimal(lon, places: 6).plain)
        }
        field(Message.Lookup.showGroups, body.groups.isEmpty ? "—" : body.groups.joined(separator: " "))
        let need = NeedModel(dataset: dataset, plan: session.plan, year: session.year)
        let parts = need.parts(body)
        field(Message.Lookup.showNeed, say(Message.Lookup.needInYear(score: Table.Cell.decimal(need.score(body), places: 3).plain,
                                                                  year: session.dataset.yearLabel(session.year))))
        for part in parts {
            lines.append("    " + DisplayWidth.pad(part.feature.description, to: 22)
                         + Table.Cell.decimal(part.weight, places: 2).plain + " × "
                         + Table.Cell.decimal(part.value, places: 3).plain + " = "
                         + Table.Cell.decimal(part.contribution, places: 3).plain)
        }
        let eligible = dataset.measures.filter { $0.isEligible(body) }.map(\.id)
        field(Message.Lookup.showEligible, eligible.isEmpty ? "—" : eligible.joined(separator: " "))
        var covered: [String] = []
        for year in session.plan.years {
            let ids = dataset.measures.map(\.id).filter { session.plan.covered($0, in: year).contains(body.code) }
            if !ids.isEmpty { covered.append(say(Message.Lookup.coveredInYear(year: dataset.yearLabel(year), measures: ids.joined(separator: " ")))) }
        }
        field(Message.Lookup.showCovered, covered.isEmpty ? say(Message.Lookup.coveredNothing) : covered[0])
        for more in covered.dropFirst() { lines.append("  " + String(repeating: " ", count: 12) + more) }
        return lines.joined(separator: "\n")
    }
}
