/// The comparison as tables, one a part, headed in the reader's language: a key column or
/// a few, then one column a scenario headed by its name (the name is the column's id too:
/// it is what the user named the file).
extension ScenarioComparison {
    typealias M = Message.Compare

    /// ✓ where a scenario covers a body, – where it does not: marks, not words.
    static let coveredMark = "✓", notCoveredMark = "–"

    /// Every part there is something to show in: allocations when a scenario allocated,
    /// odds when one simulated (how many tables there are, without building them).
    public var parts: [ComparisonPart] {
        ComparisonPart.allCases.filter { part in
            switch part {
            case .allocations: !allocationKeys.isEmpty
            case .odds: simulates
            case .kpi, .coverage, .districts, .differences: true
            }
        }
    }

    /// The table of each of `parts`.
    public func tables(language: Language) -> [Table] {
        parts.map { part in
            switch part {
            case .kpi: kpiTable(language: language)
            case .coverage: coverageTable(language: language)
            case .districts: districtTable(language: language)
            case .differences: differenceTable(language: language)
            case .allocations: allocationTable(language: language)
            case .odds: oddsTable(language: language)
            }
        }
    }

    /// One column a scenario, numbers right-aligned.
    func scenarioColumns(alignment: Table.Alignment = .right) -> [Table.Column] {
        names.map { Table.Column($0, alignment: alignment) }
    }

    /// Each KPI in its own fiscal year: its target, then each scenario's plan and status.
    public func kpiTable(language: Language) -> Table {
        func text(_ message: Message) -> String { message.text(in: language) }
        var columns = [Table.Column("kpi", label: text(M.columnKpi)), Table.Column("measure", label: text(M.columnMeasure)),
                       Table.Column("fy", label: text(M.columnFy)), Table.Column("target", label: text(M.columnTarget), alignment: .right)]
        for (s, name) in names.enumerated() {
            columns += [Table.Column(name, alignment: .right), Table.Column(name + "_status", label: text(M.columnStatus(scenario: name)))]
            // A scenario that loads results shows them as kpi does: 実績 and 達成率.
            if !scenarios[s].plan.actuals.isEmpty { columns += Self.actualColumns(name, language: language) }
        }
        let rows = dataset.kpis.indices.map { k -> Table.Row in
            // Each scenario is held to its own targets (`target`): one figure where they agree.
            let held = kpis.map { $0[k].kpi }
            let kpi = held.first ?? dataset.kpis[k]
            let targets = held.map { h in h.target.map { KPIFormat.number($0, kpi: h) } ?? "—" }
            let target: Table.Cell = Set(held.map(\.target)).count > 1 ? .text(targets.joined(separator: " / "))
                : kpi.target.map { KPIFormat.cell($0, kpi: kpi) } ?? .empty
            var cells: [Table.Cell] = [.text(kpi.id), .text(kpi.measure), .text(kpi.fiscalYear.short.text(in: language)), target]
            for (s, results) in kpis.enumerated() {
                let result = results[k]
                cells += [result.value.map { KPIFormat.cell($0, kpi: kpi) } ?? .empty, .text(KPIFormat.status(result, language: language))]
                let plan = scenarios[s].plan
                if !plan.actuals.isEmpty {
                    // Achievement against this scenario's own target.
                    let actual = ActualKPI.value(of: result.kpi, actuals: plan.actuals, plan: plan, dataset: dataset, year: result.year)
                    cells += [actual.map { KPIFormat.cell($0, kpi: kpi) } ?? .empty,
                              ActualKPI.achievement(actual, kpi: result.kpi).map { .decimal($0, places: 1) } ?? .empty]
                }
            }
            return Table.Row(cells)
        }
        let loading = scenarios.filter { !$0.plan.actuals.isEmpty }.map(\.name)
        return Table(name: ComparisonPart.kpi.tableName, title: text(M.titleKpi), columns: columns, rows: rows,
                     footer: loading.isEmpty ? [] : [text(Message.Results.compareNote(scenarios: MessageList(loading)))])
    }

    /// Bodies each measure covers, per scenario.
    public func coverageTable(language: Language) -> Table {
        let rows = dataset.measures.map { measure in
            Table.Row([.text(measure.id)] + coverage.map { .integer($0.covered(measure.id).count) })
        }
        return Table(name: ComparisonPart.coverage.tableName, title: M.titleCoverage(when: when(in: language)).text(in: language),
                     columns: [Table.Column("measure", label: M.columnMeasure.text(in: language))] + scenarioColumns(), rows: rows)
    }

    /// Bodies covered per district, for each measure some scenario covers, then the total.
    public func districtTable(language: Language) -> Table {
        let rollUps = coverage.map(\.byDistrict)
        let totals = coverage.map(\.total)
        var rows: [Table.Row] = []
        for measure in coveredMeasures {
            for (d, rollUp) in (rollUps.first ?? []).enumerated() {
                let label: String = switch rollUp.scope {
                case let .district(name): name
                case .noDistrict: "—"
                case .prefecture: dataset.totalLabel
                }
                rows.append(Table.Row([.text(measure.id), .text(label)]
                    + rollUps.map { .integer($0[d].tally(measure.id)?.covered ?? 0) }))
            }
            rows.append(Table.Row([.text(measure.id), .text(M.columnTotal.text(in: language))]
                + totals.map { .integer($0.tally(measure.id)?.covered ?? 0) }, kind: .subtotal))
        }
        return Table(name: ComparisonPart.districts.tableName, title: M.titleDistricts(when: when(in: language)).text(in: language),
                     columns: [Table.Column("measure", label: M.columnMeasure.text(in: language)),
                               Table.Column("district", label: M.columnDistrict.text(in: language))] + scenarioColumns(),
                     rows: rows)
    }

    /// Per measure, each body some scenario covers and another does not: ✓ or – a scenario.
    public func differenceTable(language: Language) -> Table {
        func text(_ message: Message) -> String { message.text(in: language) }
        var rows: [Table.Row] = []
        for measure in dataset.measures {
            for body in differingBodies(measure.id) {
                rows.append(Table.Row([.text(measure.id), .text(body.code), .text(body.name)] + coverage.map {
                    .text($0.covered(measure.id).contains(body.code) ? Self.coveredMark : Self.notCoveredMark)
                }))
            }
        }
        return Table(name: ComparisonPart.differences.tableName, title: text(M.titleDifferences(when: when(in: language))),
                     columns: [Table.Column("measure", label: text(M.columnMeasure)), Table.Column("code", label: text(M.columnCode)),
                               Table.Column("name", label: text(M.columnName))] + scenarioColumns(alignment: .left),
                     rows: rows, footer: rows.isEmpty ? [text(M.noDifferences)] : [])
    }
}
