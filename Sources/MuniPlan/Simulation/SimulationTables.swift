/// A simulation's results as tables: what `simulate` prints and `export simulation` writes.
extension SimulationResult {
    public func table(_ part: SimulationTablePart, districts: [District]) -> Table {
        switch part {
        case .kpi: kpiTable()
        case .drivers: driverTable()
        case .districts: districtTable(districts)
        case .bodies: bodyTable()
        }
    }

    static func probability(_ p: Double) -> Table.Cell { .decimal(p, places: 4) }

    /// Per KPI and simulated year: the plan's value, the simulated count's mean and
    /// percentiles, and the probability of meeting the target with its standard error.
    public func kpiTable() -> Table {
        var rows: [Table.Row] = []
        for (k, simulated) in kpis.enumerated() {
            for (t, year) in years.enumerated() {
                let p = probabilityMet(kpi: k, year: t)
                rows.append(Table.Row([
                    .text(simulated.kpi.id), .text(simulated.kpi.measure), .text(year.token),
                    .integer(simulated.threshold), .integer(simulated.planned[t]),
                    .decimal(mean(kpi: k, year: t), places: 2),
                    .integer(percentile(0.05, kpi: k, year: t)), .integer(percentile(0.50, kpi: k, year: t)),
                    .integer(percentile(0.95, kpi: k, year: t)),
                    Self.probability(p), Self.probability(standardError(p)),
                ]))
            }
        }
        var footer = [
            "P(meet): share of \(Table.Cell.integer(runs).display) runs (seed \(seed)) whose count reaches the target; "
                + "s.e. = √(p(1−p)/runs); p5, p50, p95: percentiles of the count.",
            "Uptake rates are assumptions, not source figures: \(setup.modelFile).",
        ]
        if !setup.notSimulated.isEmpty {
            footer.append("Not simulated (no uptake model; their coverage is taken as certain): \(setup.notSimulated.joined(separator: ", ")).")
        }
        return Table(name: "simulation-kpi", title: "simulated KPIs", columns: [
            Table.Column("kpi"), Table.Column("measure"), Table.Column("fy"),
            Table.Column("target", label: "目標", alignment: .right), Table.Column("plan", label: "計画", alignment: .right),
            Table.Column("mean", alignment: .right), Table.Column("p5", alignment: .right),
            Table.Column("p50", alignment: .right), Table.Column("p95", alignment: .right),
            Table.Column("p_meet", label: "P(meet)", alignment: .right), Table.Column("se", label: "s.e.", alignment: .right),
        ], rows: rows, footer: footer)
    }

    /// Per KPI, the five bodies whose adoption moves its chance of being met in the last year most.
    public func driverTable(limit: Int = 5) -> Table {
        var rows: [Table.Row] = []
        for k in kpis.indices {
            let drivers = self.drivers(kpi: k).filter { abs($0.difference) > 1e-12 }.prefix(limit)
            for (rank, driver) in drivers.enumerated() {
                let body = candidates[driver.candidate].body
                rows.append(Table.Row([
                    .text(kpis[k].kpi.id), .integer(rank + 1), .text(body.code), .text(body.name),
                    Self.probability(driver.adoption), Self.probability(driver.metIfAdopted),
                    Self.probability(driver.metIfNot), Self.probability(driver.difference),
                ]))
            }
        }
        let last = years[lastYearIndex].token
        return Table(name: "simulation-drivers", title: "what the odds hang on (\(last))", columns: [
            Table.Column("kpi"), Table.Column("rank", alignment: .right), Table.Column("code", label: "コード"),
            Table.Column("name", label: "名称"), Table.Column("p_adopted", label: "P(adopted)", alignment: .right),
            Table.Column("p_meet_if_adopted", label: "P(meet|adopted)", alignment: .right),
            Table.Column("p_meet_if_not", label: "P(meet|not)", alignment: .right),
            Table.Column("difference", label: "差", alignment: .right),
        ], rows: rows, footer: [
            "Bodies whose adoption by \(last) moves the KPI's chance most: P(meet | adopted) − P(meet | not adopted), "
                + "top \(limit) a KPI; bodies certain either way are left out.",
        ])
    }

    /// Per district: bodies the plan counts and the expected number that adopt, per measure.
    public func districtTable(_ districts: [District]) -> Table {
        var groups: [(name: String, include: (Body) -> Bool)] = districts.map { d in (d.name, { $0.district == d.name }) }
        if candidates.contains(where: { $0.body.district == nil }) { groups.append(("—", { $0.district == nil })) }
        func cells(_ include: (Body) -> Bool) -> [Table.Cell] {
            setup.measures.indices.flatMap { m -> [Table.Cell] in
                let planned = setup.measureRanges[m].filter { include(candidates[$0].body) }.count
                return [.integer(planned), .decimal(expectedAdopters(measure: m, where: include), places: 2)]
            }
        }
        var rows = groups.map { Table.Row([.text($0.name)] + cells($0.include)) }
        rows.append(Table.Row([.text("total")] + cells { _ in true }, kind: .total))
        let columns = [Table.Column("district", label: "地域")] + setup.measures.flatMap { id in
            [Table.Column("\(id)_plan", label: "\(id) 計画", alignment: .right),
             Table.Column("\(id)_expected", label: "\(id) 期待値", alignment: .right)]
        }
        let last = years[lastYearIndex].token
        return Table(name: "simulation-districts", title: "expected adopters by district (\(last))", columns: columns, rows: rows,
                     footer: ["計画: bodies the plan supports through \(last); 期待値: expected adopters by \(last) (sum of their probabilities)."])
    }

    /// Per body the plan supports: its support, yearly probabilities and chance of having adopted.
    public func bodyTable() -> Table {
        let rows = candidates.enumerated().map { c, candidate in
            let body = candidate.body
            return Table.Row([
                .text(candidate.measure), .text(body.code), .text(body.name), body.district.map(Table.Cell.text) ?? .empty,
                .text(body.kind.rawValue), body.population.map(Table.Cell.integer) ?? .empty,
                .text(candidate.baseline ? "baseline" : candidate.firstYear?.token ?? ""), .text(candidate.support.rawValue),
            ] + candidate.probabilities.map { Self.probability($0) } + [Self.probability(adoptionProbability(candidate: c))])
        }
        let last = years[lastYearIndex].token
        let columns = [
            Table.Column("measure"), Table.Column("code", label: "コード"), Table.Column("name", label: "名称"),
            Table.Column("district", label: "地域"), Table.Column("kind", label: "種別"),
            Table.Column("population", label: "人口", alignment: .right), Table.Column("first", label: "初年度"),
            Table.Column("support"),
        ] + years.map { Table.Column("p_\($0.token)", label: "p \($0.token)", alignment: .right) }
            + [Table.Column("p_adopted", label: "P(adopted \(last))", alignment: .right)]
        return Table(name: "simulation-bodies", title: "bodies the plan supports", columns: columns, rows: rows, footer: [
            "p FY: the yearly chance of adopting that year if not yet adopted; support: advisor and grant received by \(last).",
        ])
    }
}
