/// The KPI gap table: what `kpi` prints, `export kpi` writes and the report shows, headed
/// and worded in the reader's language (ids stay ASCII).
public enum KPITable {
    /// Every KPI in catalogue order held against the plan in `year`, or each in its own
    /// fiscal year when `year` is nil; conflicts and notes go under the table, then the
    /// goals without a number and whose targets these are.
    public static func make(_ plan: Plan, dataset: Dataset, year: FiscalYear?, language: Language = .english) -> Table {
        typealias M = Message.Kpi
        func text(_ message: Message) -> String { message.text(in: language) }
        let results = KPIEvaluation.evaluate(plan, dataset: dataset, year: year)
        var footer: [String] = []
        let rows = results.map { r -> Table.Row in
            // The id stays the id (exports and scripts key on it); a conflict gets its own
            // column, and ※ rather than ⚠ so CP932 exports can hold it.
            if let conflict = r.kpi.conflict(in: language) { footer.append(text(M.conflictNote(kpi: r.kpi.id, conflict: conflict))) }
            if let note = r.kpi.note(in: language) { footer.append(text(M.note(kpi: r.kpi.id, note: note))) }
            if r.emptyBaseline { footer.append(text(M.emptyBaseline(kpi: r.kpi.id, year: dataset.firstFiscalYear.short))) }
            return Table.Row([
                .text(r.kpi.id), .text(r.kpi.measure), .text(r.kpi.items.joined(separator: " ")), .text(text(r.kpi.kind.name)),
                r.kpi.target.map { KPIFormat.cell($0, kpi: r.kpi) } ?? .empty, .text(KPIFormat.unit(r.kpi, in: language)), .text(r.year.short.text(in: language)),
                r.value.map { KPIFormat.cell($0, kpi: r.kpi) } ?? .empty,
                r.gap.map { KPIFormat.cell($0, kpi: r.kpi) } ?? .empty,
                .text(KPIFormat.status(r, language: language)),
                r.kpi.conflict == nil ? .empty : .text(text(M.conflict)),
            ])
        }
        for goal in dataset.goals {
            footer.append(text(M.goal(measure: goal.measure, items: goal.items.joined(separator: " "), text: goal.text)))
        }
        footer += whose(results.map(\.kpi), owner: dataset.targetsOf).map(text)
        let table = Table(name: "kpi", columns: [
            Table.Column("kpi", label: text(M.columnKpi)), Self.measureColumn(text(M.columnMeasure)), Table.Column("items", label: text(M.columnItems)), Table.Column("kind", label: text(M.columnKind)),
            Table.Column("target", label: text(M.columnTarget), alignment: .right), Table.Column("unit", label: text(M.columnUnit)), Table.Column("fy", label: text(M.columnFy)),
            Table.Column("plan", label: text(M.columnPlan), alignment: .right), Table.Column("gap", label: text(M.columnGap), alignment: .right),
            Table.Column("status", label: text(M.columnStatus)), Table.Column("conflict", label: text(M.columnConflict)),
        ], rows: rows, footer: footer)
        return ActualKPI.adding(to: table, results: results, plan: plan, dataset: dataset, language: language)
    }

    /// The measure: most KPIs carry its id, so a narrow terminal may leave it out.
    static func measureColumn(_ label: String) -> Table.Column {
        var column = Table.Column("measure", label: label)
        column.optional = true
        return column
    }

    /// Whose targets the table holds the plan to: those the plan sets, the owner's where the
    /// data states them, and which KPIs have none (the nationwide file carries no Fukushima
    /// targets unless a scenario sets them).
    static func whose(_ kpis: [KPI], owner: String?) -> [Message] {
        var lines: [Message] = []
        let setHere = kpis.filter { $0.targetOrigin == .plan }.map(\.id)
        if !setHere.isEmpty { lines.append(Message.Target.setInPlan(kpis: MessageList(setHere))) }
        if let owner, kpis.contains(where: { $0.target != nil && $0.targetOrigin == .data }) {
            lines.append(setHere.isEmpty ? Message.Kpi.targetsOf(owner: owner) : Message.Target.othersOf(owner: owner))
        }
        let untargeted = kpis.filter { $0.target == nil }.map(\.id)
        if !untargeted.isEmpty {
            let list = MessageList(untargeted)
            lines.append(owner.map { Message.Kpi.noTargets(kpis: list, owner: $0) } ?? Message.Kpi.noTargetsUnowned(kpis: list))
        }
        return lines
    }
}
