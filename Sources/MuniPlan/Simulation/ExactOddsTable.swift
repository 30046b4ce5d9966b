/// The exact odds as a table, beside a Monte Carlo run of the same setup when there is one:
/// what `simulate --exact` prints and `export simulation exact` writes.
extension ExactOdds {
    public func table(beside sampled: SimulationResult? = nil, language: Language = .english) -> Table {
        typealias M = Message.Odds
        func label(_ message: Message) -> String { message.text(in: language) }
        var rows: [Table.Row] = []
        for k in kpis.indices {
            for t in years.indices {
                let p = probabilityMet(kpi: k, year: t)
                var cells = leadingCells(kpi: k, year: t, language: language) + [SimulationResult.probability(p)]
                if let sampled {
                    let observed = sampled.probabilityMet(kpi: k, year: t)
                    let se = sampled.standardError(observed)
                    cells.append(SimulationResult.probability(observed))
                    // How far the sample lies from the truth, in its own standard errors; a
                    // share with no spread (every run agreed) has none to measure by.
                    cells.append(se > 0 ? .decimal((observed - p) / se, places: 1) : .empty)
                }
                rows.append(Table.Row(cells))
            }
        }
        var columns = Self.leadingColumns(language: language)
            + [Table.Column("p_meet_exact", label: label(M.columnExact), alignment: .right)]
        var footer = [M.noteExact]
        if let sampled {
            columns.append(Table.Column("p_meet_sampled", label: label(M.columnSampled), alignment: .right))
            columns.append(Table.Column("gap_se", label: label(M.columnGap), alignment: .right))
            footer.append(M.noteSampled(runs: Table.Cell.integer(sampled.runs).display, seed: String(sampled.seed)))
        }
        footer.append(Message.Simulation.kpiNoteAssumptions(file: setup.modelFile))
        // A rate KPI is not a count: its exact odds are a line each, not a row of count columns.
        for rate in setup.rates {
            for t in years.indices {
                let d = rate.exactDistribution(year: t), year = years[t].short
                footer.append(d.isEmpty ? Message.Rates.exactNone(kpi: rate.kpi.id, year: year)
                    : Message.Rates.exactNote(kpi: rate.kpi.id, year: year, p: SimulationResult.probability(d.probability(atLeast: rate.target)).plain,
                                              count: d.values.count))
            }
        }
        return Table(name: "simulation-exact", title: label(M.title), columns: columns, rows: rows, footer: footer.map(label))
    }
}
