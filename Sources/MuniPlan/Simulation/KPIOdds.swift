/// What the KPI tables read, sampled (`SimulationResult`) or exact (`ExactOdds`): the
/// leading columns, KPI to 95th percentile, are the same in both tables.
protocol KPIOdds {
    var kpis: [SimulatedKPI] { get }
    var years: [FiscalYear] { get }
    func mean(kpi k: Int, year t: Int) -> Double
    func percentile(_ q: Double, kpi k: Int, year t: Int) -> Int
    func probabilityMet(kpi k: Int, year t: Int) -> Double
}

extension KPIOdds {
    /// KPI, measure, year, target, plan, then the count's mean and 5th, 50th, 95th percentiles.
    func leadingCells(kpi k: Int, year t: Int, language: Language) -> [Table.Cell] {
        let simulated = kpis[k]
        return [
            .text(simulated.kpi.id), .text(simulated.kpi.measure), .text(years[t].short.text(in: language)),
            .integer(simulated.threshold), .integer(simulated.planned[t]),
            .decimal(mean(kpi: k, year: t), places: 2),
            .integer(percentile(0.05, kpi: k, year: t)), .integer(percentile(0.50, kpi: k, year: t)),
            .integer(percentile(0.95, kpi: k, year: t)),
        ]
    }

    /// The columns of `leadingCells`.
    static func leadingColumns(language: Language) -> [Table.Column] {
        typealias M = Message.Simulation
        func label(_ message: Message) -> String { message.text(in: language) }
        return [
            Table.Column("kpi", label: label(M.columnKpi)), Table.Column("measure", label: label(M.columnMeasure)),
            Table.Column("fy", label: label(M.columnFy)),
            Table.Column("target", label: label(Message.Kpi.columnTarget), alignment: .right), Table.Column("plan", label: label(Message.Kpi.columnPlan), alignment: .right),
            Table.Column("mean", label: label(M.columnMean), alignment: .right),
            Table.Column("p5", alignment: .right), Table.Column("p50", alignment: .right), Table.Column("p95", alignment: .right),
        ]
    }
}

extension SimulationResult: KPIOdds {}
extension ExactOdds: KPIOdds {}
