import MuniPlan

/// `indicators`: the columns imported, with their ranges and weights.
extension IndicatorsCommand {
    static func table(_ plan: Plan, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let indicators = plan.indicators
        // By feature once: a search of every weight for each column was quadratic.
        let weights = Dictionary(plan.weights.terms.map { ($0.feature, $0.weight) }, uniquingKeysWith: { first, _ in first })
        let rows = indicators.names.map { name -> Table.Row in
            let values = indicators.columns[name] ?? [:]
            return Table.Row([.text(name), .integer(values.count),
                              values.values.min().map { .decimal($0, places: 2) } ?? .empty,
                              values.values.max().map { .decimal($0, places: 2) } ?? .empty,
                              .decimal(weights[.indicator(name)] ?? 0, places: 2)])
        }
        return Table(name: "indicators", columns: [
            Table.Column("indicator", label: say(Message.Edit.columnIndicator)),
            Table.Column("bodies", label: say(Message.Edit.columnBodies), alignment: .right),
            Table.Column("min", label: say(Message.Edit.columnMin), alignment: .right),
            Table.Column("max", label: say(Message.Edit.columnMax), alignment: .right),
            Table.Column("weight", label: say(Message.Edit.columnWeight), alignment: .right),
        ], rows: rows, footer: rows.isEmpty ? [say(Message.Edit.noIndicators)] : [])
    }
}
