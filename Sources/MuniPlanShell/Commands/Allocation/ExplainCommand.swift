import MuniPlan

/// `explain [MEASURE [BODY]]`: why the last allocation of a measure chose what it chose;
/// without a measure, the last allocation of the session (in the year it was made).
struct ExplainCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("explain", group: .allocation,
                    summary: Message.Help.summaryExplain,
                    examples: ["explain advisor", "explain advisor 福島市", "explain"],
                    positionals: [PositionalSpec("MEASURE", .measure, optional: true), PositionalSpec("BODY", .body, optional: true)],
                    keywords: Message.Help.keywordsExplain, runs: ExplainCommand.self)

    /// nil: the measure of the last allocation.
    var measure: String?
    var body: String?

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        guard let key = measure.map({ AllocationKey(year: session.year, measure: $0) }) ?? session.lastAllocation else {
            throw .refused(Message.Allocate.nothingToExplain)
        }
        let (measure, year) = (key.measure, key.year)
        let record = try interpreter.record(measure, year: year)
        if let body {
            emit(.text(try explain(body, measure: measure, year: year, in: record, interpreter)))
            return
        }
        let explanation = record.result.explanation
        func names(_ text: String) -> String { interpreter.names(in: text) }
        func say(_ message: Message) -> String { interpreter.text(message) }
        var lines = [say(Message.Allocate.explainSummary(
            measure: measure, year: session.dataset.yearLabel(year), policy: explanation.policy.message, count: record.count,
            proof: record.result.optimal ? Message.Allocate.optimal : Message.Allocate.optimalityNotProven,
            uniqueness: names(say(explanation.uniqueness.message))))]
        if explanation.bindings.isEmpty { lines.append(say(Message.Allocate.nothingBinds)) }
        for binding in explanation.bindings { lines.append(say(Message.Allocate.explainBinds(constraint: names(say(binding.message))))) }
        if let best = explanation.bestLeftOut {
            lines.append(say(Message.Allocate.bestLeftOut(body: interpreter.label(best.code), rank: best.rank,
                                                          need: Table.Cell.decimal(best.score, places: 3).plain,
                                                          reason: best.leftOutBecause.map { say($0.message(naming: interpreter.label)) } ?? "")))
        }
        for tie in explanation.districtTies { lines.append(say(Message.Allocate.explainTie(tie: names(say(tie.message))))) }
        emit(.text(lines.joined(separator: "\n")))
        if let detail = explanation.apportionment { emit(.table(Self.apportionmentTable(detail, language: session.tableLanguage))) }
        emit(.table(try interpreter.allocationTable(measure, year: year, language: session.tableLanguage)))
    }

    /// One body: its rank and need, chosen or why not, and the parts of its need score.
    func explain(_ term: String, measure: String, year: FiscalYear, in record: AllocationRecord,
                 _ interpreter: Interpreter) throws(ShellError) -> String {
        let session = interpreter.session
        let explanation = record.result.explanation
        let body: Body
        do { body = try session.resolver.body(term) } catch { throw .resolve(error) }
        guard let c = explanation.candidate(body.code) else {
            throw .refused(Message.Allocate.notCandidate(body: body.name, measure: measure))
        }
        let need = NeedModel(dataset: session.dataset, plan: record.plan, year: year)
        let verdict = c.chosen ? Message.Allocate.explainChosen(reason: c.chosenBecause.map { interpreter.text($0.message) } ?? "")
                               : Message.Allocate.explainLeftOut(reason: c.leftOutBecause.map { interpreter.text($0.message(naming: interpreter.label)) } ?? "—")
        var lines = [interpreter.text(Message.Allocate.explainBody(body: body.name, rank: c.rank, candidates: explanation.candidates.count,
                                                                   need: Table.Cell.decimal(c.score, places: 3).plain))
                     + interpreter.text(verdict)]
        for part in need.parts(body) where part.weight != 0 {
            lines.append("  " + DisplayWidth.pad(part.feature.description, to: 22) + Table.Cell.decimal(part.weight, places: 2).plain
                         + " × " + Table.Cell.decimal(part.value, places: 3).plain + " = " + Table.Cell.decimal(part.contribution, places: 3).plain)
        }
        return lines.joined(separator: "\n")
    }

    /// How an apportionment split the seats across districts.
    static func apportionmentTable(_ detail: ApportionmentDetail, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let rows = detail.rows.map { row in
            Table.Row([.text(row.district), .decimal(row.weight, places: 0), .decimal(row.quota, places: 3),
                       row.remainder.map { .decimal($0, places: 3) } ?? .empty,
                       .text(row.priorities.prefix(3).map { Table.Cell.decimal($0, places: 1).plain }.joined(separator: " ")),
                       .integer(row.seats), .text(row.capped ? say(Message.Allocate.capped(cap: row.cap)) : "")])
        }
        let title = say(Message.Allocate.apportionmentTitle(method: detail.method.rawValue, basis: detail.basis.rawValue, seats: detail.seats))
        return Table(name: "apportionment", title: title, columns: [
            Table.Column("district", label: say(Message.Lookup.columnDistrict)),
            Table.Column("weight", label: say(Message.Allocate.columnWeight), alignment: .right),
            Table.Column("quota", label: say(Message.Allocate.columnQuota), alignment: .right),
            Table.Column("remainder", label: say(Message.Allocate.columnRemainder), alignment: .right),
            Table.Column("priorities", label: say(Message.Allocate.columnPriorities)),
            Table.Column("seats", label: say(Message.Allocate.columnSeats), alignment: .right),
            Table.Column("note", label: say(Message.Allocate.columnNote)),
        ], rows: rows)
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension ExplainCommand {
    init(_ args: Arguments) {
        self.init(measure: args.positional(0), body: args.positional(1))
    }
}
