import MuniPlan

/// The coverage table (bodies × measures) and its district roll-up, for `coverage`,
/// `export coverage` and the report.
struct CoverageTables {
    let session: Session
    let measures: [Measure]
    let year: FiscalYear
    let cumulative: Bool

    var dataset: Dataset { session.dataset }

    func covered(_ measure: String) -> Set<String> {
        cumulative ? session.plan.coveredCumulative(measure, through: year) : session.plan.covered(measure, in: year)
    }

    var title: String {
        "coverage \(cumulative ? "through" : "in") \(session.describe(year))"
    }

    /// One row a body in code order, grouped by district with subtotals; each measure's
    /// cell is the fiscal year it was first covered; KPI target and status rows close it.
    func bodyTable() -> Table {
        let first = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, session.plan.firstCovered($0.id, through: year)) })
        let coveredSets = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, covered($0.id)) })
        var columns = [Table.Column("code", label: "コード"), Table.Column("name", label: "名称"), Table.Column("district", label: "地域")]
        columns += measures.map { Table.Column($0.id, alignment: .left) }
        func summary(_ label: String, _ bodies: [Body]) -> [Table.Cell] {
            let codes = Set(bodies.map(\.code))
            return [.empty, .text(label), .text(Plural.bodies(bodies.count))]
                + measures.map { .integer(coveredSets[$0.id]!.intersection(codes).count) }
        }
        var rows: [Table.Row] = []
        for (name, members) in dataset.groupedByDistrict(dataset.bodies) {
            for body in members {
                rows.append(Table.Row([.text(body.code), .text(body.name), body.district.map(Table.Cell.text) ?? .empty]
                    + measures.map { m in
                        coveredSets[m.id]!.contains(body.code) ? .text(first[m.id]![body.code]?.token ?? year.token) : .empty
                    }))
            }
            rows.append(Table.Row(summary(name + " 計", members), kind: .subtotal))
        }
        rows.append(Table.Row(summary(dataset.totalLabel + " 計", dataset.bodies), kind: .total))
        let results = Dictionary(grouping: KPIEvaluation.evaluate(session.plan, dataset: dataset, year: year), by: \.kpi.measure)
        rows.append(Table.Row([.empty, .text("KPI target"), .empty] + measures.map { m in
            .text(dataset.kpis(of: m.id).map { KPIFormat.target($0) }.joined(separator: "/"))
        }, kind: .total))
        rows.append(Table.Row([.empty, .text("status"), .empty] + measures.map { m in
            .text((results[m.id] ?? []).map { KPIFormat.status($0) }.joined(separator: "/"))
        }, kind: .total))
        return Table(name: "coverage", title: title, columns: columns, rows: rows)
    }

    /// One row a district: bodies covered, share of bodies, share of population covered.
    /// A district whose population is 0 has no population share (empty, not a division by zero).
    func districtTable() -> Table {
        var columns = [Table.Column("district", label: "地域"), Table.Column("bodies", label: "団体数", alignment: .right),
                       Table.Column("population", label: "人口", alignment: .right)]
        for m in measures {
            columns += [Table.Column("\(m.id)_covered", label: "\(m.id) 団体", alignment: .right),
                        Table.Column("\(m.id)_bodies_pct", label: "\(m.id) 団体%", alignment: .right),
                        Table.Column("\(m.id)_population_pct", label: "\(m.id) 人口%", alignment: .right)]
        }
        let coveredSets = Dictionary(uniqueKeysWithValues: measures.map { ($0.id, covered($0.id)) })
        func row(_ label: String, _ bodies: [Body], kind: Table.RowKind) -> Table.Row {
            let known = bodies.compactMap(\.population)
            let population = known.reduce(0, +)
            var cells: [Table.Cell] = [.text(label), .integer(bodies.count), known.isEmpty ? .empty : .integer(population)]
            for m in measures {
                let chosen = bodies.filter { coveredSets[m.id]!.contains($0.code) }
                let chosenPopulation = chosen.compactMap(\.population).reduce(0, +)
                cells += [.integer(chosen.count),
                          bodies.isEmpty ? .empty : .decimal(100 * Double(chosen.count) / Double(bodies.count), places: 1),
                          population == 0 ? .empty : .decimal(100 * Double(chosenPopulation) / Double(population), places: 1)]
            }
            return Table.Row(cells, kind: kind)
        }
        var rows = dataset.groupedByDistrict(dataset.bodies).map { row($0.name, $0.bodies, kind: .record) }
        rows.append(row(dataset.totalLabel + " 計", dataset.bodies, kind: .total))
        return Table(name: "coverage-by-district", title: title + ", by district", columns: columns, rows: rows)
    }
}
