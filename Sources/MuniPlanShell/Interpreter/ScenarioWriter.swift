import MuniPlan

/// Writes a plan as the commands that rebuild it in a fresh session (`save`).
struct ScenarioWriter {
    let session: Session
    let version: String
    let date: String

    var text: String {
        let dataset = session.dataset
        let plan = session.plan
        var lines = [
            "# muniplan scenario, saved by muniplan \(version) on \(date) (UTC)",
            "# data: \(dataset.name) (\(dataset.bodies.count) bodies)",
            "# Run it with: muniplan FILE, or at the prompt: run FILE",
            ResetCommand().line,
        ]
        for name in plan.indicators.names {
            let values = plan.indicators.columns[name] ?? [:]
            let pairs = dataset.bodies.compactMap { body in values[body.code].map { IndicatorsCommand.BodyValue(body: body.code, value: $0) } }
            lines.append(IndicatorsCommand(.set(name: name, values: pairs)).line)
        }
        lines += actualLines(plan.actuals, dataset: dataset)
        // After the indicators: a weight may name one.
        if plan.weights != .defaults {
            lines.append(WeightsCommand(.clear).line)
            for term in plan.weights.terms { lines.append(WeightCommand(feature: term.feature.description, value: term.weight).line) }
        }
        for measure in dataset.measures {
            if let n = plan.capacities[measure.id] { lines.append(CapacityCommand(measure: measure.id, change: .set(n)).line) }
        }
        for kpi in dataset.kpis {
            if let set = plan.targets[kpi.id] { lines.append(TargetCommand(kpi: kpi.id, change: .set(set.value), fy: set.year?.token).line) }
        }
        for year in plan.years {
            lines.append(FyCommand(year: Self.yearWord(year, session: session)).line)
            for measure in dataset.measures {
                let covered = plan.covered(measure.id, in: year)
                guard !covered.isEmpty else { continue }
                lines.append(AssignCommand(measure: measure.id, bodies: dataset.bodies.map(\.code).filter { covered.contains($0) }).line)
            }
            for kpi in dataset.kpis {
                if let value = plan.plannedValue(kpi.id, in: year) { lines.append(SetCommand(kpi: kpi.id, value: value).line) }
            }
        }
        lines.append(FyCommand(year: Self.yearWord(session.year, session: session)).line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `baseline` for the bucket just before the plan's first year; any other year (earlier
    /// ones included, e.g. FY2020) by its own token, so it comes back as the same year.
    static func yearWord(_ year: FiscalYear, session: Session) -> String {
        year == session.baselineYear ? "baseline" : year.token
    }

    /// The longest command of `text` as `run` reads it back (continuation lines joined), in
    /// UTF-8 bytes. The writer ends a line with a backslash only to continue it (a comment
    /// ending in one only makes this longer than it is).
    static func longestCommand(in text: String) -> Int {
        var longest = 0, current = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                if previous == 0x5C {
                    current -= 1
                } else {
                    longest = max(longest, current)
                    current = 0
                }
            } else {
                current += 1
            }
            previous = byte
        }
        return max(longest, current)
    }
}
