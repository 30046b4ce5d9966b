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
        var columns = [Table.Column("code", label: "コード"), Table.Column("name", label: "名称"), Table.Column("district", label: "地域")]
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
            rows.append(summary(group.name + " 計", rollUp, kind: .subtotal))
        }
        rows.append(summary(dataset.totalLabel + " 計", total, kind: .total))
        let results = Dictionary(grouping: KPIEvaluation.evaluate(plan, dataset: dataset, year: year), by: \.kpi.measure)
        rows.append(Table.Row([.empty, .text(Message.Coverage.kpiTarget.text(in: language)), .empty] + measures.map { m in
            .text(plan.kpis(of: m.id, in: dataset).map { KPIFormat.target($0) }.joined(separator: "/"))
        }, kind: .total))
        rows.append(Table.Row([.empty, .text(Message.Coverage.status.text(in: language)), .empty] + measures.map { m in
            .text((results[m.id] ?? []).map { KPIFormat.status($0, language: language) }.joined(separator: "/"))
        }, kind: .total))
        return Table(name: "coverage", title: title(in: language), columns: columns, rows: rows, footer: marks.legend(language: language))
    }

    /// One row a district, then the prefecture: bodies covered, share of bodies, share of
    /// population covered (empty where there is nothing to divide by).
    public func districtTable(language: Language = .english) -> Table {
        var columns = [Table.Column("district", label: "地域"), Table.Column("bodies", label: "団体数", alignment: .right),
                       Table.Column("population", label: "人口", alignment: .right)]
        for m in measures {
            columns += [Table.Column("\(m.id)_covered", label: "\(m.id) 団体", alignment: .right),
                        Table.Column("\(m.id)_bodies_pct", label: "\(m.id) 団体%", alignment: .right),
                        Table.Column("\(m.id)_population_pct", label: "\(m.id) 人口%", alignment: .right)]
        }
        func percent(_ value: Double?) -> Table.Cell { value.map { .decimal($0, places: 1) } ?? .empty }
        func row(_ rollUp: CoverageRollUp, kind: Table.RowKind) -> Table.Row {
            let label = switch rollUp.scope {
            case let .district(name): name
            case .noDistrict: "—"
            case .prefecture: dataset.totalLabel + " 計"
            }
            return Table.Row([.text(label), .integer(rollUp.bodies), rollUp.population.map(Table.Cell.integer) ?? .empty]
                + rollUp.tallies.flatMap { [.integer($0.covered), percent($0.bodyPercent), percent($0.populationPercent)] },
                kind: kind)
        }
        let rows = byDistrict.map { row($0, kind: .record) } + [row(total, kind: .total)]
        return Table(name: "coverage-by-district", title: Message.Coverage.titleByDistrict(title: title(in: language)).text(in: language), columns: columns, rows: rows)
    }
}
