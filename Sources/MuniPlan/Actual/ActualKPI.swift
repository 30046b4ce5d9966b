/// A KPI's actual figure from the results loaded, and how much of its target that is
/// (達成率). Body counts come from covered rows; rates, events and volumes from values.
public enum ActualKPI {
    /// The KPI's actual in `year`; nil when the results say nothing about it.
    /// - bodies: the bodies reported covered that year;
    /// - cumulative bodies: those reported covered in any year through it, with the plan's
    ///   baseline bucket (what was done before the plan's first year is history, not plan);
    /// - rate: the whole's row if given, else the body values weighted by population (a
    ///   prefecture's rate is not the mean of its municipalities' rates);
    /// - events, volume: the whole's row if given, else the sum of the body values.
    public static func value(of kpi: KPI, actuals: Actuals, plan: Plan, dataset: Dataset, year: FiscalYear) -> Double? {
        switch kpi.kind {
        case .bodies:
            guard actuals.reportsCoverage(kpi.measure, year: year) else { return nil }
            return Double(actuals.done(kpi.measure, year: year).count)
        case .cumulativeBodies:
            guard actuals.reportsCoverage(kpi.measure, year: year, cumulative: true) else { return nil }
            let before = plan.coveredBefore(kpi.measure, dataset.firstFiscalYear)
            return Double(actuals.done(kpi.measure, year: year, cumulative: true).union(before).count)
        case .rate, .events, .volume:
            let results = actuals.results(kpi.measure, year: year)
            if case let .value(whole)? = results[nil] { return whole }
            var values: [(code: String, value: Double)] = []
            for case let (code?, .value(value)) in results { values.append((code, value)) }
            guard !values.isEmpty else { return nil }
            guard kpi.kind == .rate else { return values.reduce(0) { $0 + $1.value } }
            var weighted = 0.0, population = 0.0
            for (code, value) in values {
                guard let people = dataset.body(code: code)?.population, people > 0 else { continue }
                weighted += value * Double(people)
                population += Double(people)
            }
            return population > 0 ? weighted / population : nil
        }
    }

    /// Actual ÷ target × 100; nil without either, or for a target of 0.
    public static func achievement(_ actual: Double?, kpi: KPI) -> Double? {
        guard let actual, let target = kpi.target, target != 0 else { return nil }
        return 100 * actual / target
    }

    /// The KPI table with `actual` (実績) and `achievement` (達成率, %) after `plan`, and a
    /// line saying what they are; the table as it was when no results are loaded.
    public static func adding(to table: Table, results: [KPIResult], plan: Plan, dataset: Dataset, language: Language) -> Table {
        guard !plan.actuals.isEmpty, let at = table.columns.firstIndex(where: { $0.id == "plan" }).map({ $0 + 1 }) else { return table }
        var columns = table.columns
        columns.insert(contentsOf: [Table.Column("actual", label: Message.Actual.columnActual.text(in: language), alignment: .right),
                                    Table.Column("achievement", label: Message.Actual.columnAchievement.text(in: language), alignment: .right)], at: at)
        var rows: [Table.Row] = []
        for (row, r) in zip(table.rows, results) {
            let actual = value(of: r.kpi, actuals: plan.actuals, plan: plan, dataset: dataset, year: r.year)
            var cells = row.cells
            cells.insert(contentsOf: [actual.map { KPIFormat.cell($0, kpi: r.kpi) } ?? .empty,
                                      achievement(actual, kpi: r.kpi).map { .decimal($0, places: 1) } ?? .empty], at: at)
            rows.append(Table.Row(cells, kind: row.kind))
        }
        let note = Message.Actual.kpiNote(count: plan.actuals.count).text(in: language)
        return Table(name: table.name, title: table.title, columns: columns, rows: rows, footer: table.footer + [note])
    }
}
