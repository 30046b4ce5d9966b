/// The coverage tables `coverage` prints, `export coverage` writes and the report shows:
/// a row a body, or a row a district, headed in the reader's language (ids stay ASCII).
extension Coverage {
    /// `coverage in FY2022 (R4)`, `coverage through …` when cumulative.
    public func title(in language: Language = .english) -> String {
        let year = dataset.yearLabel(year)
        return (query.cumulative ? Message.Coverage.titleThrough(year: year) : Message.Coverage.titleIn(year: year)).text(in: language)
    }

    /// One row a body in code order, grouped by district with subtotals; each measure's
    /// cell is the fiscal year it was first covered; KPI target and status rows close it.
    public func bodyTable(language: Language = .english) -> Table {
        var columns = [Table.Column("code", label: Message.Lookup.columnCode.text(in: language)), Table.Column("name", label: Message.Lookup.columnName.text(in: language)),
                       Table.Column("district", label: Message.Lookup.columnDistrict.text(in: language))]
        columns += measures.map { Table.Column($0.id, alignment: .left) }
        func summary(_ label: String, _ rollUp: CoverageRollUp, kind: Table.RowKind) -> Table.Row {
            Table.Row([.empty, .text(label), .text(Plural.bodies(rollUp.bodies, language: language))] + rollUp.tallies.map { .integer($0.covered) },
                      kind: kind)
        }
        var rows: [Table.Row] = []
        let marks = ActualCoverage(self)
        for (group, rollUp) in zip(dataset.groupedByDistrict(dataset.bodies), byDistrict) {
            for body in group.bodies {
                rows.append(Table.Row([.text(body.code), .text(body.name), body.district.map(Table.Cell.text) ?? .empty]
                    + measures.map { measure in
                        let planned: Table.Cell = if case let .covered(since) = status(of: body, under: measure) { .text(since.short.text(in: language)) } else { .empty }
                        return marks.cell(planned, code: body.code, measure: measure.id, language: language)
                    }))
            }
            rows.append(summary(Message.Lookup.subtotal(district: group.name).text(in: language), rollUp, kind: .subtotal))
        }
        rows.append(summary(Message.Lookup.subtotal(district: dataset.totalLabel).text(in: language), total, kind: .total))
        let results = Dictionary(grouping: KPIEvaluation.evaluate(plan, dataset: dataset, year: year), by: \.kpi.measure)
        rows.append(Table.Row([.empty, .text(Message.Coverage.kpiTarget.text(in: language)), .empty] + measures.map { m in
            .text(plan.kpis(of: m.id, in: dataset).map { KPIFormat.target($0).text(in: language) }.joined(separator: "/"))
        }, kind: .total))
        rows.append(Table.Row([.empty, .text(Message.Coverage.status.text(in: language)), .empty] + measures.map { m in
            .text((results[m.id] ?? []).map { KPIFormat.status($0, language: language) }.joined(separator: "/"))
        }, kind: .total))
        return Table(name: "coverage", title: title(in: language), columns: columns, rows: rows, footer: marks.legend(language: language))
    }

    /// One row a district, then the prefecture: bodies covered, share of bodies, share of
    /// population covered (empty where there is nothing to divide by).
    /// With results loaded for a measure, its done, not done and unplanned counts follow
    /// (the body table's marks, counted); without, the table is as it was.
    public func districtTable(language: Language = .english) -> Table {
        let marks = ActualCoverage(self)
        var columns = [Table.Column("district", label: Message.Lookup.columnDistrict.text(in: language)),
                       Table.Column("bodies", label: Message.Lookup.columnBodies.text(in: language), alignment: .right),
                       Table.Column("population", label: Message.Lookup.columnPopulation.text(in: language), alignment: .right)]
        for m in measures {
            columns += [Table.Column("\(m.id)_covered", label: Message.Coverage.columnCovered(measure: m.id).text(in: language), alignment: .right),
                        Table.Column("\(m.id)_bodies_pct", label: Message.Coverage.columnBodiesPct(measure: m.id).text(in: language), alignment: .right),
                        Table.Column("\(m.id)_population_pct", label: Message.Coverage.columnPopulationPct(measure: m.id).text(in: language), alignment: .right)]
            if marks.judges(m.id) { columns += ActualCoverage.districtColumns(m.id, language: language) }
        }
        func percent(_ value: Double?) -> Table.Cell { value.map { .decimal($0, places: 1) } ?? .empty }
        func row(_ rollUp: CoverageRollUp, bodies: [Body], kind: Table.RowKind) -> Table.Row {
            let label = switch rollUp.scope {
            case let .district(name): name
            case .noDistrict: "—"
            case .prefecture: Message.Lookup.subtotal(district: dataset.totalLabel).text(in: language)
            }
            return Table.Row([.text(label), .integer(rollUp.bodies), rollUp.population.map(Table.Cell.integer) ?? .empty]
                + rollUp.tallies.flatMap { tally -> [Table.Cell] in
                    let own: [Table.Cell] = [.integer(tally.covered), percent(tally.bodyPercent), percent(tally.populationPercent)]
                    guard let done = marks.tally(tally.measure, planned: covered(tally.measure), bodies: bodies) else { return own }
                    return own + [.integer(done.done), .integer(done.notDone), .integer(done.unplanned)]
                },
                kind: kind)
        }
        let groups = dataset.groupedByDistrict(dataset.bodies)
        let rows = zip(byDistrict, groups).map { row($0, bodies: $1.bodies, kind: .record) } + [row(total, bodies: dataset.bodies, kind: .total)]
        return Table(name: "coverage-by-district", title: Message.Coverage.titleByDistrict(title: title(in: language)).text(in: language),
                     columns: columns, rows: rows, footer: marks.isEmpty ? [] : [Message.Results.districtNote.text(in: language)])
    }
}
