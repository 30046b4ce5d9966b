import MuniPlan

/// The checks of `expect` against the plan: KPIs, coverage, counts.
extension ExpectCommand {
    /// What `expect` prints when the expectation holds; `.expectation` when it does not.
    func check(in interpreter: Interpreter) throws(ShellError) -> String {
        func say(_ message: Message) -> String { interpreter.text(message) }
        // A count reads the session in place: a copy retains each of its parts, and scripts repeat counts.
        if case .count = expectation { return try checkCount(in: interpreter) }
        let session = interpreter.session
        switch expectation {
        case let .kpiState(name, state, fy):
            let results = try Self.kpiResults(name, fy: fy, in: session)
            let holds = results.allSatisfy { r in
                switch (state, r.status) {
                case (.met, .met), (.met, .over), (.over, .over), (.short, .short), (.short, .notPlanned): true
                default: false
                }
            }
            let japanese = session.language == .japanese
            let actual = results.map { r in
                "\(r.kpi.id) \(KPIFormat.status(r, language: session.language))"
                    + (r.value.map { japanese ? "（\(KPIFormat.number($0, kpi: results[0].kpi))）" : " (\(KPIFormat.number($0, kpi: results[0].kpi)))" } ?? "")
            }.joined(separator: japanese ? "、" : ", ")
            guard holds else { throw .expectation(say(Message.Scenario.expectedActual(check: "kpi \(name) \(state.rawValue)", actual: actual))) }
            return say(Message.Scenario.okDetail(check: "kpi \(name) \(state.rawValue)", detail: actual))
        case let .kpiValue(name, comparison, value, fy):
            let results = try Self.kpiResults(name, fy: fy, in: session)
            let stated = "kpi \(name) \(comparison.rawValue) \(NumberText.shortest(value))"
            guard let actual = results[0].value else { throw .expectation(say(Message.Scenario.expectedNoValue(check: stated))) }
            guard comparison.holds(actual, value) else {
                throw .expectation(say(Message.Scenario.expectedActual(check: stated, actual: NumberText.shortest(actual))))
            }
            return say(Message.Scenario.ok(check: "kpi \(name) = \(NumberText.shortest(actual)) \(comparison.rawValue) \(NumberText.shortest(value))"))
        case let .covered(measureID, terms, fy, cumulative), let .notCovered(measureID, terms, fy, cumulative):
            let wantCovered = if case .covered = expectation { true } else { false }
            let measure = try session.measure(measureID)
            let year = try fy.map { (t: String) throws(ShellError) in try session.fiscalYear(t) } ?? session.year
            let selection = try session.resolve(terms, year: year)
            var codes = selection.codes
            if selection.usesSelectors {
                codes = codes.filter { session.dataset.body(code: $0).map(measure.isEligible) ?? false }
            }
            let covered = cumulative ? session.plan.coveredCumulative(measureID, through: year) : session.plan.covered(measureID, in: year)
            let wrong = codes.filter { covered.contains($0) != wantCovered }
            let what = "\(wantCovered ? "covered" : "not-covered") \(measureID) \(terms.joined(separator: " "))"
            guard wrong.isEmpty else {
                let names = wrong.prefix(8).compactMap { session.dataset.body(code: $0)?.name }.joined(separator: " ")
                throw .expectation(say(Message.Scenario.expectedCoverage(
                    check: what, year: session.dataset.yearLabel(year), wrong: wrong.count, count: codes.count,
                    state: wantCovered ? Message.Scenario.stateNotCovered : Message.Scenario.stateCovered,
                    names: names + (wrong.count > 8 ? " …" : ""))))
            }
            return say(Message.Scenario.okDetail(check: what, detail: Message.Lookup.bodyCount(count: codes.count)))
        case .count:
            return try checkCount(in: interpreter)
        case let .probability(name, target, comparison, value, fy, exact):
            return try checkProbability(name, target: target, comparison: comparison, value: value, fy: fy, exact: exact,
                                        in: interpreter)
        case let .forecast(measure, bodies, comparison, value, at, probability, seed):
            return try checkForecast(measure, bodies: bodies, comparison: comparison, value: value, at: at,
                                     probability: probability, seed: seed, in: interpreter)
        }
    }

    /// `expect count SELECTOR… OP N`.
    private func checkCount(in interpreter: Interpreter) throws(ShellError) -> String {
        guard case let .count(selectors, comparison, value, fy) = expectation else { return "" }
        func say(_ message: Message) -> String { interpreter.text(message) }
        let year = try fy.map { (t: String) throws(ShellError) in try interpreter.session.fiscalYear(t) } ?? interpreter.session.year
        // The session's parts, not a method of it: that would work on a copy of the whole session.
        let count: Int
        do {
            count = try Selection.count(selectors, resolver: interpreter.session.resolver, plan: interpreter.session.plan, year: year)
        } catch { throw .resolve(error) }
        guard comparison.holds(Double(count), Double(value)) else {
            throw .expectation(say(Message.Scenario.expectedActual(check: CountCheck(selectors: selectors, count: nil, comparison: comparison, value: value),
                                                                  actual: count)))
        }
        return say(Message.Scenario.ok(check: CountCheck(selectors: selectors, count: count, comparison: comparison, value: value)))
    }

    /// KPIs named by KPI id or by measure (every KPI of the measure).
    static func kpiResults(_ name: String, fy: String?, in session: Session) throws(ShellError) -> [KPIResult] {
        let dataset = session.dataset
        let held = session.plan.kpis(in: dataset)
        let kpis = held.filter { $0.id == name }.isEmpty ? held.filter { $0.measure == name } : held.filter { $0.id == name }
        guard !kpis.isEmpty else { throw .plan(.unknownKPI(name, known: dataset.kpis.map(\.id))) }
        let year = try fy.map { (t: String) throws(ShellError) in try session.fiscalYear(t) }
        return kpis.map { KPIEvaluation.evaluate($0, plan: session.plan, year: year ?? $0.fiscalYear) }
    }
}
