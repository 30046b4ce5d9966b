/// A simulation's results as tables: what `simulate` prints and `export simulation` writes,
/// headed and noted in `language` (ids stay ASCII).
extension SimulationResult {
    public func table(_ part: SimulationTablePart, districts: [District], language: Language = .english) -> Table {
        switch part {
        case .kpi: kpiTable(language: language)
        case .rates: rateTable(language: language)
        case .drivers: driverTable(language: language)
        case .districts: districtTable(districts, language: language)
        case .bodies: bodyTable(language: language)
        case .exact: ExactOdds(setup: setup).table(beside: self, language: language)
        }
    }

    static func probability(_ p: Double) -> Table.Cell { .decimal(p, places: 4) }

    /// The one rule for a standard error four places would show as 0.0000 though the runs
    /// disagreed (exactly 0 is no spread: every run agreed, 0.0000 is true).
    static func isTiny(_ se: Double) -> Bool { se > 0 && se < 0.00005 }

    /// In a table six places where tiny: the column stays a number for exports.
    public static func standardErrorCell(_ se: Double) -> Table.Cell { .decimal(se, places: isTiny(se) ? 6 : 4) }

    /// In a sentence `< 0.0001` where tiny, else four places as the table shows it.
    public static func standardErrorText(_ se: Double) -> String { isTiny(se) ? "< 0.0001" : probability(se).plain }

    /// Per KPI and simulated year: the plan's value, the simulated count's mean and
    /// percentiles, and the probability of meeting the target with its standard error.
    public func kpiTable(language: Language = .english) -> Table {
        typealias M = Message.Simulation
        var rows: [Table.Row] = []
        for k in kpis.indices {
            for t in years.indices {
                let p = probabilityMet(kpi: k, year: t)
                rows.append(Table.Row(leadingCells(kpi: k, year: t, language: language)
                                      + [Self.probability(p), Self.standardErrorCell(standardError(p)), .text(label(assumptionBasis))]))
            }
        }
        func label(_ message: Message) -> String { message.text(in: language) }
        var footer = [M.kpiNoteStatistics(runs: Table.Cell.integer(runs).display, seed: String(seed)),
                      M.kpiNoteAssumptions(file: setup.modelFile)]
        if !setup.notSimulated.isEmpty { footer.append(M.kpiNoteNotSimulated(measures: MessageList(setup.notSimulated))) }
        return Table(name: "simulation-kpi", title: label(M.kpiTitle), columns: Self.leadingColumns(language: language) + [
            Table.Column("p_meet", label: label(M.columnPMeet), alignment: .right),
            Table.Column("se", label: label(M.columnSe), alignment: .right),
            Table.Column("basis", label: label(Message.Rates.columnBasis)),
        ], rows: rows, footer: footer.map(label))
    }

    /// Per KPI, the five bodies whose adoption moves its chance of being met in the last year most.
    public func driverTable(limit: Int = 5, language: Language = .english) -> Table {
        typealias M = Message.Simulation
        var rows: [Table.Row] = []
        for k in kpis.indices {
            let drivers = self.drivers(kpi: k).filter { abs($0.difference) > 1e-12 }.prefix(limit)
            for (rank, driver) in drivers.enumerated() {
                let body = candidates[driver.candidate].body
                rows.append(Table.Row([
                    .text(kpis[k].kpi.id), .integer(rank + 1), .text(body.code), .text(body.name),
                    Self.probability(driver.adoption), Self.probability(driver.metIfAdopted),
                    Self.probability(driver.metIfNot), Self.probability(driver.difference),
                ]))
            }
        }
        let last = years[lastYearIndex].short
        func label(_ message: Message) -> String { message.text(in: language) }
        return Table(name: "simulation-drivers", title: label(M.driversTitle(year: last)), columns: [
            Table.Column("kpi", label: label(M.columnKpi)), Table.Column("rank", label: label(M.columnRank), alignment: .right),
            Table.Column("code", label: label(Message.Lookup.columnCode)), Table.Column("name", label: label(Message.Lookup.columnName)),
            Table.Column("p_adopted", label: label(M.columnPAdopted), alignment: .right),
            Table.Column("p_meet_if_adopted", label: label(M.columnPMeetIfAdopted), alignment: .right),
            Table.Column("p_meet_if_not", label: label(M.columnPMeetIfNot), alignment: .right),
            Table.Column("difference", label: label(M.columnDifference), alignment: .right),
        ], rows: rows, footer: [label(M.driversNote(year: last, limit: limit))])
    }

    /// Per district: bodies the plan counts and the expected number that adopt, per measure.
    public func districtTable(_ districts: [District], language: Language = .english) -> Table {
        var groups: [(name: String, include: (Body) -> Bool)] = districts.map { d in (d.name, { $0.district == d.name }) }
        if candidates.contains(where: { $0.body.district == nil }) { groups.append(("—", { $0.district == nil })) }
        func cells(_ include: (Body) -> Bool) -> [Table.Cell] {
            setup.measures.indices.flatMap { m -> [Table.Cell] in
                let planned = setup.measureRanges[m].filter { include(candidates[$0].body) }.count
                return [.integer(planned), .decimal(expectedAdopters(measure: m, where: include), places: 2)]
            }
        }
        var rows = groups.map { Table.Row([.text($0.name)] + cells($0.include)) }
        rows.append(Table.Row([.text(Message.Model.total.text(in: language))] + cells { _ in true }, kind: .total))
        let columns = [Table.Column("district", label: Message.Lookup.columnDistrict.text(in: language))] + setup.measures.flatMap { id in
            [Table.Column("\(id)_plan", label: Message.Simulation.columnPlan(measure: id).text(in: language), alignment: .right),
             Table.Column("\(id)_expected", label: Message.Simulation.columnExpected(measure: id).text(in: language), alignment: .right)]
        }
        let last = years[lastYearIndex].short
        return Table(name: "simulation-districts", title: Message.Simulation.districtsTitle(year: last).text(in: language),
                     columns: columns, rows: rows, footer: [Message.Simulation.districtsNote(year: last).text(in: language)])
    }

    /// Per body the plan supports: its support, yearly probabilities and chance of having adopted.
    public func bodyTable(language: Language = .english) -> Table {
        typealias M = Message.Simulation
        func label(_ message: Message) -> String { message.text(in: language) }
        let rows = candidates.enumerated().map { c, candidate in
            let body = candidate.body
            let first = candidate.baseline ? label(M.baseline) : candidate.firstYear.map { $0.short.text(in: language) } ?? ""
            return Table.Row([
                .text(candidate.measure), .text(body.code), .text(body.name), body.district.map(Table.Cell.text) ?? .empty,
                .text(body.kind.name.text(in: language)), body.population.map(Table.Cell.integer) ?? .empty,
                .text(first), .text(label(candidate.support.name)),
            ] + candidate.probabilities.map { Self.probability($0) } + [Self.probability(adoptionProbability(candidate: c))])
        }
        let last = years[lastYearIndex].short
        let columns = [
            Table.Column("measure", label: label(M.columnMeasure)), Table.Column("code", label: label(Message.Lookup.columnCode)),
            Table.Column("name", label: label(Message.Lookup.columnName)), Table.Column("district", label: label(Message.Lookup.columnDistrict)),
            Table.Column("kind", label: label(Message.Lookup.columnKind)),
            Table.Column("population", label: label(Message.Lookup.columnPopulation), alignment: .right), Table.Column("first", label: label(M.columnFirst)),
            Table.Column("support", label: label(M.columnSupport)),
        ] + years.map { Table.Column("p_\($0.token)", label: "p \($0.short.text(in: language))", alignment: .right) }
            + [Table.Column("p_adopted", label: label(M.columnPAdoptedBy(year: last)), alignment: .right)]
        return Table(name: "simulation-bodies", title: label(M.bodiesTitle), columns: columns, rows: rows,
                     footer: [label(M.bodiesNote(year: last))])
    }
}
