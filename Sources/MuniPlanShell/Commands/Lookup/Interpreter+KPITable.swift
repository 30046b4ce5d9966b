import MuniPlan

/// The KPI table: `kpi` prints it, `export kpi` writes it.
extension Interpreter {
    /// The KPI table in the year asked for, or each KPI in its own year.
    func kpiTable(fy: String?, language: Language) throws(ShellError) -> Table {
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        let table = KPITable.make(session.plan, dataset: session.dataset, year: year, language: language)
        let notes = observedNotes(language: language)
        guard !notes.isEmpty else { return table }
        return Table(name: table.name, title: table.title, columns: table.columns, rows: table.rows, footer: table.footer + notes)
    }

    /// A line under the KPI table for each KPI whose measure has an observed series: its latest rate.
    func observedNotes(language: Language) -> [String] {
        var sources: [String] = []
        let notes = session.plan.kpis(in: session.dataset).compactMap { kpi -> String? in
            guard let series = session.dataset.series(of: kpi.measure), let last = series.total(of: session.dataset.bodies.map(\.code)).last else { return nil }
            for line in SeriesTables.source(series, language) where !sources.contains(line) { sources.append(line) }
            let rate = Table.Cell.decimal(last.rate, places: 1).display
            guard let target = kpi.target else {
                return Message.Series.kpiNoteNoTarget(kpi: kpi.id, rate: rate, date: last.date.description, measure: kpi.measure).text(in: language)
            }
            return Message.Series.kpiNote(kpi: kpi.id, rate: rate, date: last.date.description,
                                          gap: Table.Cell.decimal(target - last.rate, places: 1).display, measure: kpi.measure).text(in: language)
        }
        return notes + sources
    }

    /// `kpi MEASURE [--by body|district]`: the measure's KPI against its observed series.
    func observedKPITable(_ measure: String, by: String?, language: Language) throws(ShellError) -> Table {
        let series = try observedSeries(measure)
        guard let kpi = session.plan.kpis(of: series.measure, in: session.dataset).first else {
            throw .plan(.unknownKPI(series.measure, known: session.dataset.kpis.map(\.id)))
        }
        let codes = session.dataset.bodies.map(\.code)
        let units = SeriesUnit.units(series, dataset: session.dataset, codes: codes, bodies: by == "body", districts: by == "district")
        return SeriesTables.kpi(kpi, series: series, units: units, language: language)
    }
}
