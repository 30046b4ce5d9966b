/// The tables of an observed series: its KPI against the target (`kpi mynumber`), its
/// trend (`trend`), each worded in the reader's language; rates in percent with the date observed.
public enum SeriesTables {
    typealias M = Message.Series

    static func say(_ message: Message, _ language: Language) -> String { message.text(in: language) }

    static func rate(_ value: Double) -> Table.Cell { .decimal(value, places: 1) }

    static func head(_ language: Language) -> [Table.Column] {
        [Table.Column("code", label: say(M.columnCode, language)), Table.Column("name", label: say(M.columnName, language))]
    }

    static func row(_ unit: SeriesUnit, _ cells: [Table.Cell]) -> Table.Row {
        Table.Row(cells, kind: unit.kind == .body ? .record : unit.kind == .district ? .subtotal : .total)
    }

    static func name(_ unit: SeriesUnit, _ language: Language) -> [Table.Cell] {
        [unit.code.isEmpty ? .empty : .text(unit.code), .text(unit.name.text(in: language))]
    }

    /// Where the figures come from, under every table drawn from the series.
    public static func source(_ series: ObservedSeries, _ language: Language) -> [String] {
        SeriesSource.attribution(of: series.measure).map { [say(M.source(source: $0), language)] } ?? []
    }

    /// Each unit's latest observation against `kpi`'s target: the gap in points.
    public static func kpi(_ kpi: KPI, series: ObservedSeries, units: [SeriesUnit], language: Language = .english) -> Table {
        let rows = units.compactMap { unit -> Table.Row? in
            guard let last = unit.observations.last else { return nil }
            return row(unit, name(unit, language) + [
                .text(last.date.description), .integer(last.population), .integer(last.cards), rate(last.rate),
                kpi.target.map(rate) ?? .empty, kpi.target.map { rate($0 - last.rate) } ?? .empty,
            ])
        }
        return Table(name: "kpi-observed", columns: head(language) + [
            Table.Column("date", label: say(M.columnDate, language)),
            Table.Column("population", label: say(M.columnPopulation, language), alignment: .right),
            Table.Column("cards", label: say(M.columnCards, language), alignment: .right),
            Table.Column("rate", label: say(M.columnRate, language), alignment: .right),
            Table.Column("target", label: say(M.columnTarget, language), alignment: .right),
            Table.Column("gap", label: say(M.columnGap, language), alignment: .right),
        ], rows: rows, footer: [say(M.rateNote(kpi: kpi.id, year: kpi.fiscalYear.short), language)] + source(series, language))
    }

    /// One row a unit: its first and latest rates, the change over the last 12 months and a sparkline.
    public static func trend(_ series: ObservedSeries, units: [SeriesUnit], language: Language = .english) -> Table {
        let rows = units.compactMap { unit -> Table.Row? in
            guard let first = unit.observations.first, let last = unit.observations.last else { return nil }
            let yearAgo = last.date.adding(months: -12)
            let before = unit.observations.last { $0.date <= yearAgo }
            return row(unit, name(unit, language) + [
                .text(first.date.description), rate(first.rate), .text(last.date.description), rate(last.rate),
                before.map { rate(last.rate - $0.rate) } ?? .empty, .text(Sparkline.draw(unit.observations)),
            ])
        }
        return Table(name: "trend", columns: head(language) + [
            Table.Column("first_date", label: say(M.columnFirstDate, language)),
            Table.Column("first_rate", label: say(M.columnRate, language), alignment: .right),
            Table.Column("date", label: say(M.columnDate, language)),
            Table.Column("rate", label: say(M.columnRate, language), alignment: .right),
            Table.Column("change_12m", label: say(M.columnChange, language), alignment: .right),
            Table.Column("trend", label: say(M.columnTrend, language)),
        ], rows: rows, footer: source(series, language))
    }

    /// Every observation of every unit: what `export trend` writes and other formats print.
    public static func observations(_ series: ObservedSeries, units: [SeriesUnit], language: Language = .english) -> Table {
        let rows = units.flatMap { unit in
            unit.observations.map { o in
                row(unit, name(unit, language) + [.text(o.date.description), .integer(o.population), .integer(o.cards), rate(o.rate)])
            }
        }
        return Table(name: "trend", columns: head(language) + [
            Table.Column("date", label: say(M.columnDate, language)),
            Table.Column("population", label: say(M.columnPopulation, language), alignment: .right),
            Table.Column("cards", label: say(M.columnCards, language), alignment: .right),
            Table.Column("rate", label: say(M.columnRate, language), alignment: .right),
        ], rows: rows, footer: source(series, language))
    }
}
