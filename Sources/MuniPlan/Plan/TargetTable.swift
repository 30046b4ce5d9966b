/// The KPI targets in force after a plan (`target`): each KPI's target, its year, and whose
/// it is (the data's owner's, the data's, set in this plan, or none).
public enum TargetTable {
    /// Every KPI in catalogue order, or only those `ids` names.
    public static func make(_ plan: Plan, dataset: Dataset, only ids: [String]? = nil, language: Language = .english) -> Table {
        typealias M = Message.Target
        func text(_ message: Message) -> String { message.text(in: language) }
        let kpis = plan.kpis(in: dataset).filter { kpi in ids.map { $0.contains(kpi.id) } ?? true }
        let rows = kpis.map { kpi -> Table.Row in
            let origin: Message = switch (kpi.target, kpi.targetOrigin) {
            case (nil, _): M.originNone
            case (_, .plan): M.originPlan
            case (_, .data): dataset.targetsOf.map { M.originOwner(owner: $0) } ?? M.originData
            }
            return Table.Row([.text(kpi.id), .text(kpi.measure), kpi.target.map { KPIFormat.cell($0, kpi: kpi) } ?? .empty,
                              .text(KPIFormat.unit(kpi, in: language)), .text(kpi.fiscalYear.short.text(in: language)), .text(text(origin))])
        }
        return Table(name: "targets", title: text(M.title), columns: [
            Table.Column("kpi", label: text(M.columnKpi)), Table.Column("measure", label: text(M.columnMeasure)),
            Table.Column("target", label: text(M.columnTarget), alignment: .right), Table.Column("unit", label: text(M.columnUnit)),
            Table.Column("fy", label: text(M.columnFy)), Table.Column("origin", label: text(M.columnOrigin)),
        ], rows: rows)
    }
}
