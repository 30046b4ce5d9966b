import MuniPlan

/// `bodies`, `show`, `districts`, `items`, `measures`, `kpi`.
extension Interpreter {
    func bodiesTable(_ terms: [String]) throws(ShellError) -> Table {
        let codes = try session.resolve(terms).codes
        let bodies = codes.compactMap { session.dataset.body(code: $0) }
        let columns = [
            Table.Column("code", label: "コード"), Table.Column("name", label: "名称"), Table.Column("kana", label: "かな"),
            Table.Column("romaji"), Table.Column("kind", label: "種別"), Table.Column("district", label: "地域"),
            Table.Column("population", label: "人口", alignment: .right), Table.Column("groups"),
        ]
        let rows = groupedByDistrict(bodies, everything: terms.isEmpty, subtotalCells: { name, members in
            [.text(""), .text(name.isEmpty ? "計" : "\(name) 計"), .empty, .empty, .text(Plural.bodies(members.count)), .empty,
             Self.populationCell(members), .empty]
        }) { body in
            [.text(body.code), .text(body.name), .text(body.kana), .text(body.romaji), .text(body.kind.rawValue),
             body.district.map(Table.Cell.text) ?? .empty, body.population.map(Table.Cell.integer) ?? .empty,
             .text(body.groups.joined(separator: " "))]
        }
        return Table(name: "bodies", columns: columns, rows: rows)
    }

    static func populationCell(_ bodies: [Body]) -> Table.Cell {
        let known = bodies.compactMap(\.population)
        return known.isEmpty ? .empty : .integer(known.reduce(0, +))
    }

    /// Records grouped by district in the data set's district order (bodies without a district
    /// last), with a subtotal row after each group when there is more than one group, and a total.
    func groupedByDistrict(_ bodies: [Body], everything: Bool, subtotalCells: (String, [Body]) -> [Table.Cell],
                           record: (Body) -> [Table.Cell]) -> [Table.Row] {
        let groups = session.dataset.groupedByDistrict(bodies)
        var rows: [Table.Row] = []
        for (name, members) in groups {
            rows += members.map { Table.Row(record($0)) }
            if groups.count > 1 { rows.append(Table.Row(subtotalCells(name, members), kind: .subtotal)) }
        }
        // The prefecture's name only when every body is shown; a selection's total is just 計.
        let label = everything ? session.dataset.totalLabel : ""
        if groups.count > 1 || bodies.count > 1 {
            rows.append(Table.Row(subtotalCells(label, bodies), kind: .total))
        }
        return rows
    }

    func showBody(_ term: String) throws(ShellError) -> String {
        let body: Body
        do { body = try session.resolver.body(term) } catch { throw .resolve(error) }
        let dataset = session.dataset
        var lines = ["\(body.name) (\(body.kana), \(body.romaji))"]
        func field(_ name: String, _ value: String) { lines.append("  " + DisplayWidth.pad(name, to: 12) + value) }
        field("code", body.code)
        field("kind", body.kind.rawValue + " (\(body.kind.japanese))")
        if let d = body.district.flatMap(dataset.district(named:)) { field("district", "\(d.name) (\(d.bureau), \(d.romaji))") }
        field("population", body.population.map { Table.Cell.integer($0).display + " (2020 census)" } ?? "—")
        if let lat = body.latitude, let lon = body.longitude {
            field("office", Table.Cell.decimal(lat, places: 6).plain + ", " + Table.Cell.decimal(lon, places: 6).plain)
        }
        field("groups", body.groups.isEmpty ? "—" : body.groups.joined(separator: " "))
        let need = NeedModel(dataset: dataset, plan: session.plan, year: session.year)
        let parts = need.parts(body)
        field("need", Table.Cell.decimal(need.score(body), places: 3).plain + " in \(session.describe(session.year))")
        for part in parts {
            lines.append("    " + DisplayWidth.pad(part.feature.description, to: 22)
                         + Table.Cell.decimal(part.weight, places: 2).plain + " × "
                         + Table.Cell.decimal(part.value, places: 3).plain + " = "
                         + Table.Cell.decimal(part.contribution, places: 3).plain)
        }
        let eligible = dataset.measures.filter { $0.isEligible(body) }.map(\.id)
        field("eligible", eligible.isEmpty ? "—" : eligible.joined(separator: " "))
        var covered: [String] = []
        for year in session.plan.years {
            let ids = dataset.measures.map(\.id).filter { session.plan.covered($0, in: year).contains(body.code) }
            if !ids.isEmpty { covered.append("\(session.describe(year)): \(ids.joined(separator: " "))") }
        }
        field("covered", covered.isEmpty ? "— (by no measure yet)" : covered[0])
        for more in covered.dropFirst() { lines.append("  " + String(repeating: " ", count: 12) + more) }
        return lines.joined(separator: "\n")
    }

    func districtsTable() -> Table {
        let dataset = session.dataset
        let rows = dataset.districts.map { d -> Table.Row in
            let members = dataset.bodies.filter { $0.district == d.name }
            return Table.Row([.text(d.name), .text(d.romaji), .text(d.bureau), .integer(members.count), Self.populationCell(members)])
        }
        return Table(name: "districts", columns: [
            Table.Column("name", label: "地域"), Table.Column("romaji"), Table.Column("bureau", label: "地方振興局"),
            Table.Column("bodies", label: "団体数", alignment: .right), Table.Column("population", label: "人口", alignment: .right),
        ], rows: rows)
    }

    func itemsTable() -> Table {
        let dataset = session.dataset
        let rows = dataset.items.map { item in
            let measures = dataset.measures(servingItem: item.id).map(\.id)
            return Table.Row([.text(item.id), .text(item.title), .text(measures.isEmpty ? "—" : measures.joined(separator: " "))])
        }
        return Table(name: "items", columns: [
            Table.Column("item", label: "項目"), Table.Column("title", label: "名称"), Table.Column("measures", label: "事業"),
        ], rows: rows)
    }

    func measuresTable() -> Table {
        let dataset = session.dataset
        let rows = dataset.measures.map { m -> Table.Row in
            let kinds = BodyKind.allCases.filter { m.eligibleKinds.contains($0) }.map(\.rawValue).joined(separator: " ")
            let kpis = dataset.kpis(of: m.id).map { KPIFormat.target($0) }.joined(separator: ", ")
            return Table.Row([.text(m.id), .text(m.name), .text(m.items.joined(separator: " ")), .text(kinds),
                              session.plan.capacity(of: m).map(Table.Cell.integer) ?? .empty, .text(kpis.isEmpty ? "—" : kpis)])
        }
        return Table(name: "measures", columns: [
            Table.Column("id"), Table.Column("name", label: "事業"), Table.Column("items", label: "項目"),
            Table.Column("eligible", label: "対象"), Table.Column("capacity", label: "上限/年", alignment: .right),
            Table.Column("kpi", label: "KPI"),
        ], rows: rows)
    }

    /// The KPI table in the year asked for, or each KPI in its own year.
    func kpiTable(fy: String?) throws(ShellError) -> Table {
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        return KPITable.make(session.plan, dataset: session.dataset, year: year)
    }
}
