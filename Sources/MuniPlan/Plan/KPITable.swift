/// The KPI gap table: what `kpi` prints, `export kpi` writes and the report shows.
public enum KPITable {
    /// Every KPI in catalogue order held against the plan in `year`, or each in its own
    /// fiscal year when `year` is nil; conflicts and notes go under the table. Labels, kinds,
    /// statuses and notes are in `language`; ids and years stay as scripts read them.
    public static func make(_ plan: Plan, dataset: Dataset, year: FiscalYear?, language: Language = .english) -> Table {
        let results = KPIEvaluation.evaluate(plan, dataset: dataset, year: year)
        var footer: [String] = []
        let rows = results.map { r -> Table.Row in
            // The id stays the id (exports and scripts key on it); a conflict gets its own
            // column, and ※ rather than ⚠ so CP932 exports can hold it.
            if let conflict = r.kpi.conflict { footer.append(Message.Plan.kpiConflict(kpi: r.kpi.id, conflict: conflict).text(in: language)) }
            if let note = r.kpi.note { footer.append(Message.Plan.kpiNote(kpi: r.kpi.id, note: note).text(in: language)) }
            return Table.Row([
                .text(r.kpi.id), .text(r.kpi.measure), .text(r.kpi.items.joined(separator: " ")), .text(r.kpi.kind.name.text(in: language)),
                KPIFormat.cell(r.kpi.target, kpi: r.kpi), .text(r.kpi.unit), .text(r.year.token),
                r.value.map { KPIFormat.cell($0, kpi: r.kpi) } ?? .empty,
                r.gap.map { KPIFormat.cell($0, kpi: r.kpi) } ?? .empty,
                .text(KPIFormat.status(r, language: language)),
                r.kpi.conflict == nil ? .empty : .text(Message.Plan.kpiConflictCell.text(in: language)),
            ])
        }
        return Table(name: "kpi", columns: [
            Table.Column("kpi", label: Message.Plan.columnKpi.text(in: language)),
            Table.Column("measure", label: Message.Plan.columnMeasure.text(in: language)),
            Table.Column("items", label: "項目"), Table.Column("kind", label: Message.Plan.columnKind.text(in: language)),
            Table.Column("target", label: "目標", alignment: .right), Table.Column("unit", label: "単位"),
            Table.Column("fy", label: Message.Plan.columnFy.text(in: language)),
            Table.Column("plan", label: "計画", alignment: .right), Table.Column("gap", label: "差", alignment: .right),
            Table.Column("status", label: "状況"), Table.Column("conflict", label: "※"),
        ], rows: rows, footer: footer)
    }
}
