import MuniPlan

/// The bodies table: `bodies` prints it, `export bodies` writes it; its population cell
/// serves `districts` too.
extension Interpreter {
    func bodiesTable(_ terms: [String], language: Language) throws(ShellError) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let codes = try session.resolve(terms).codes
        let bodies = codes.compactMap { session.dataset.body(code: $0) }
        let columns = [
            Table.Column("code", label: say(Message.Lookup.columnCode)), Table.Column("name", label: say(Message.Lookup.columnName)),
            Table.Column("kana", label: say(Message.Lookup.columnKana)), Table.Column("romaji", label: say(Message.Lookup.columnRomaji)),
            Table.Column("kind", label: say(Message.Lookup.columnKind)), Table.Column("district", label: say(Message.Lookup.columnDistrict)),
            Table.Column("population", label: say(Message.Lookup.columnPopulation), alignment: .right),
            Table.Column("groups", label: say(Message.Lookup.columnGroups)),
        ]
        let rows = groupedByDistrict(bodies, everything: terms.isEmpty, subtotalCells: { name, members in
            [.text(""), .text(say(name.isEmpty ? Message.Lookup.total : Message.Lookup.subtotal(district: name))), .empty, .empty,
             .text(say(Message.Lookup.bodyCount(count: members.count))), .empty,
             Self.populationCell(members), .empty]
        }) { body in
            [.text(body.code), .text(body.name), .text(body.kana), .text(body.romaji), .text(say(body.kind.name)),
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
}
