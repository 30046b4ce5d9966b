/// Scenarios side by side (案A・案B) on one page: a small map per scenario on a shared
/// colour scale, then the KPI tables merged into one, the columns that differ between
/// scenarios (and each scenario's plan and status) repeated per scenario. Each scenario's
/// input is what its single report would take, without a scenario name (the page names
/// them all); the page's language, title, boundaries and sources are the first's.
extension HTMLReport {
    /// Columns shown per scenario even where every scenario agrees: what a comparison is for.
    static let scenarioColumns: Set<String> = ["plan", "gap", "status"]

    public static func comparison(_ scenarios: [(name: String, input: ReportInput)]) -> String {
        typealias M = Message.Report
        guard let first = scenarios.first?.input else { return head(title: "", language: .english) + foot() }
        let language = first.language
        let title = M.comparisonTitle(name: first.datasetName ?? first.title).text(in: language)
        let geometry = MapGeometry(boundaries: first.boundaries, bodies: first.bodies)
        // The inputs carry no scenario fact (each is named here, all of them in one).
        let facts = [ReportInput.Fact(label: M.comparisonScenarios.text(in: language),
                                      value: MessageList(scenarios.map(\.name)).text(in: language))] + first.facts
        var out = head(title: title, language: language)
        out += header(title: title, subtitle: first.subtitle, facts: facts, generated: first.generated)
        out += "<main>\n" + geometry.definitions()
        let legend = sharedLegend(scenarios.map(\.input.map))
        let layers = scenarios.map { scenario -> ReportInput.MapLayer in
            var layer = scenario.input.map
            layer.legend = legend
            layer.caption = scenario.name
            return layer
        }
        out += smallMaps(layers, geometry: geometry, bodies: first.bodies, language: language,
                         heading: first.map.caption, className: "by-scenario")
        out += tableSection(kpiSideBySide(scenarios, language: language), className: "kpi compare",
                            fallbackTitle: M.comparisonKpi.text(in: language))
        out += sourcesSection(first.sources, language: language)
        out += foot()
        return out
    }

    public static func comparisonBytes(_ scenarios: [(name: String, input: ReportInput)]) -> [UInt8] {
        Array(comparison(scenarios).utf8)
    }

    /// Every scenario's legend steps, by value, so one colour means one value on every map.
    static func sharedLegend(_ layers: [ReportInput.MapLayer]) -> [ReportInput.LegendEntry] {
        var byValue: [Int: ReportInput.LegendEntry] = [:]
        for layer in layers { for entry in layer.legend where byValue[entry.value] == nil { byValue[entry.value] = entry } }
        return byValue.keys.sorted().compactMap { byValue[$0] }
    }

    /// The KPI tables as one: rows in the first's order (scenarios share the KPI list),
    /// columns where the scenarios agree once, the others once per scenario.
    static func kpiSideBySide(_ scenarios: [(name: String, input: ReportInput)], language: Language) -> Table {
        let tables = scenarios.map(\.input.kpiTable)
        let base = tables[0]
        func cell(_ table: Table, _ row: Int, _ column: Int) -> Table.Cell {
            row < table.rows.count && column < table.rows[row].cells.count ? table.rows[row].cells[column] : .empty
        }
        let varies = base.columns.indices.map { c in
            scenarioColumns.contains(base.columns[c].id)
                || tables.contains { t in base.rows.indices.contains { cell(t, $0, c) != cell(base, $0, c) } }
        }
        var columns: [Table.Column] = []
        var sources: [(table: Int, column: Int)] = []
        for (c, column) in base.columns.enumerated() where !varies[c] {
            columns.append(column)
            sources.append((0, c))
        }
        for (s, scenario) in scenarios.enumerated() {
            for (c, column) in base.columns.enumerated() where varies[c] {
                columns.append(Table.Column("\(column.id)_\(s + 1)",
                                            label: Message.Report.comparisonColumn(scenario: scenario.name, column: column.label).text(in: language),
                                            alignment: column.alignment))
                sources.append((s, c))
            }
        }
        let rows = base.rows.indices.map { r in
            Table.Row(sources.map { cell(tables[$0.table], r, $0.column) }, kind: base.rows[r].kind)
        }
        return Table(name: "kpi-comparison", title: Message.Report.comparisonKpi.text(in: language),
                     columns: columns, rows: rows, footer: base.footer)
    }
}
