/// A measure's per-year target as `allocate` and `capacity` use it: what the plan aims at,
/// never a limit (issue 16: 「19団体を目標とする」 is not "at most 19").
public enum KPITarget {
    /// The measure's one per-year bodies KPI with a target (advisor: 19), if exactly one;
    /// the plan's target where it sets one (`target`).
    public static func bodies(of measure: String, plan: Plan, in dataset: Dataset) -> KPI? {
        let kpis = plan.kpis(of: measure, in: dataset).filter { $0.kind == .bodies && $0.target != nil }
        return kpis.count == 1 ? kpis[0] : nil
    }

    /// How many bodies `allocate MEASURE` chooses when no N is given: the target.
    public static func defaultCount(of measure: String, plan: Plan, in dataset: Dataset) -> Int? {
        bodies(of: measure, plan: plan, in: dataset)?.target.flatMap { NumberText.isWhole($0) ? Int(saturating: $0) : nil }
    }

    /// A note when `count` bodies a year go beyond the source's target; nil at or below it.
    public static func beyond(_ count: Int, measure: String, plan: Plan, in dataset: Dataset) -> Message? {
        guard let kpi = bodies(of: measure, plan: plan, in: dataset), let target = kpi.target, Double(count) > target else { return nil }
        return Message.Kpi.beyondTarget(bodies: Message.Lookup.bodyCount(count: count), kpi: kpi.id, target: KPIFormat.target(kpi))
    }

    /// ` (the source's target, 19団体, is not a cap)` for `capacity`, where there is one.
    public static func notCap(_ measure: String, plan: Plan, in dataset: Dataset) -> Message? {
        bodies(of: measure, plan: plan, in: dataset).map { Message.Kpi.targetNotCap(target: KPIFormat.target($0)) }
    }
}
