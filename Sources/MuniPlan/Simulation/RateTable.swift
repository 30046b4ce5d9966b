/// The rate KPIs of a simulation as a table, printed under the count KPIs: a rate's band is
/// in percent and its basis is the observed series, so it does not share the count columns.
extension SimulationResult {
    public func rateTable(language: Language = .english) -> Table {
        typealias M = Message.Rates
        func label(_ message: Message) -> String { message.text(in: language) }
        var rows: [Table.Row] = []
        var beyond: [String] = []
        for (r, rate) in setup.rates.enumerated() {
            for t in years.indices {
                let d = rateDistribution(rate: r, year: t)
                var cells: [Table.Cell] = [
                    .text(rate.kpi.id), .text(rate.kpi.measure), .text(years[t].short.text(in: language)),
                    .text(rate.yearEnds[t].description), Self.rate(rate.target), Self.rate(rate.observed),
                ]
                if d.isEmpty {
                    beyond.append(years[t].short.text(in: language))
                    cells += Array(repeating: .empty, count: 6)
                } else {
                    let p = d.probability(atLeast: rate.target)
                    cells += [Self.rate(d.mean), Self.rate(d.quantile(0.1)), Self.rate(d.quantile(0.5)), Self.rate(d.quantile(0.9)),
                              Self.probability(p), Self.standardErrorCell(standardError(p))]
                }
                rows.append(Table.Row(cells + [.text(label(rate.basis))]))
            }
        }
        var footer = [M.noteStatistics(runs: Table.Cell.integer(runs).display, seed: String(seed)), M.noteShared]
        if let first = setup.rates.first {
            if !beyond.isEmpty { footer.append(M.noteBeyond(years: MessageList(beyond), date: first.observedTo.description)) }
            let held = setup.rates.map(\.heldBodies).max() ?? 0
            if held > 0 { footer.append(M.noteHeld(count: held)) }
        }
        let right = { (id: String, message: Message) in Table.Column(id, label: label(message), alignment: .right) }
        return Table(name: "simulation-rates", title: label(M.title), columns: [
            Table.Column("kpi", label: label(Message.Simulation.columnKpi)),
            Table.Column("measure", label: label(Message.Simulation.columnMeasure)),
            Table.Column("fy", label: label(Message.Simulation.columnFy)),
            Table.Column("year_end", label: label(M.columnYearEnd)),
            right("target", Message.Kpi.columnTarget), right("observed", M.columnObserved),
            right("mean", Message.Simulation.columnMean), right("low80", M.columnLow80),
            Table.Column("p50", alignment: .right), right("high80", M.columnHigh80),
            right("p_meet", Message.Simulation.columnPMeet), right("se", Message.Simulation.columnSe),
            Table.Column("basis", label: label(M.columnBasis)),
        ], rows: rows, footer: footer.map(label))
    }

    /// A rate in percent, one place as `kpi` and `forecast` show it.
    static func rate(_ percent: Double) -> Table.Cell { .decimal(percent, places: 1) }

    /// The basis of the count KPIs: the uptake model, named by its file.
    var assumptionBasis: Message {
        Message.Rates.basisAssumption(file: String(setup.modelFile.split(separator: "/").last ?? Substring(setup.modelFile)))
    }
}
