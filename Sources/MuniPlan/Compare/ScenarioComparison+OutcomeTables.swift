/// The parts only some comparisons have: allocations and simulated odds.
extension ScenarioComparison {
    /// Per allocation (year and measure): each scenario's total need, and its total cost
    /// where one was costed; empty where a scenario made no such allocation.
    public func allocationTable(language: Language) -> Table {
        func text(_ message: Message) -> String { message.text(in: language) }
        var rows: [Table.Row] = []
        for key in allocationKeys {
            let made = scenarios.indices.map { allocation($0, year: key.year, measure: key.measure) }
            let head: [Table.Cell] = [.text(key.year.short.text(in: language)), .text(key.measure)]
            rows.append(Table.Row(head + [.text(text(M.need))] + made.map { $0.map { .decimal($0.totalNeed, places: 3) } ?? .empty }))
            if made.contains(where: { $0?.totalCost != nil }) {
                rows.append(Table.Row(head + [.text(text(M.cost))] + made.map { $0?.totalCost.map { .decimal($0, places: 0) } ?? .empty }))
            }
        }
        let costed = rows.count > allocationKeys.count
        return Table(name: ComparisonPart.allocations.tableName, title: text(M.titleAllocations),
                     columns: [Table.Column("fy", label: text(M.columnFy)), Table.Column("measure", label: text(M.columnMeasure)),
                               Table.Column("total", label: text(M.columnTotal))] + scenarioColumns(),
                     rows: rows, footer: costed ? [] : [text(M.noCost)])
    }

    /// Per simulated KPI and year, each scenario's probability of meeting it; the runs and
    /// seed of each simulation under the table.
    public func oddsTable(language: Language) -> Table {
        func text(_ message: Message) -> String { message.text(in: language) }
        let kpiOrder = Dictionary(dataset.kpis.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var keys: [(kpi: String, year: FiscalYear)] = []
        var seen = Set<String>()
        for result in scenarios.compactMap(\.simulation) {
            for id in result.kpis.map(\.kpi.id) + result.setup.rates.map(\.kpi.id) {
                for year in result.years where seen.insert("\(id) \(year.year)").inserted {
                    keys.append((id, year))
                }
            }
        }
        keys.sort { a, b in
            a.kpi != b.kpi ? (kpiOrder[a.kpi] ?? Int.max, a.kpi) < (kpiOrder[b.kpi] ?? Int.max, b.kpi) : a.year < b.year
        }
        let rows = keys.map { key in
            Table.Row([.text(key.kpi), .text(key.year.short.text(in: language))] + scenarios.map { scenario -> Table.Cell in
                scenario.simulation?.probabilityMet(id: key.kpi, year: key.year).map { .decimal($0, places: 4) } ?? .empty
            })
        }
        let footer = scenarios.map { scenario in
            guard let result = scenario.simulation else { return text(M.oddsNone(scenario: scenario.name)) }
            return text(M.oddsRuns(scenario: scenario.name, runs: Table.Cell.integer(result.runs).display, seed: String(result.seed)))
        }
        return Table(name: ComparisonPart.odds.tableName, title: text(M.titleOdds),
                     columns: [Table.Column("kpi", label: text(M.columnKpi)), Table.Column("fy", label: text(M.columnFy))] + scenarioColumns(),
                     rows: rows, footer: footer)
    }
}
