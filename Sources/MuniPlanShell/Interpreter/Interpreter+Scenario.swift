import Foundation
import MuniPlan

/// `save` and `expect`.
extension Interpreter {
    /// Writes the plan as a scenario that rebuilds it in a fresh session.
    func save(_ file: String, force: Bool) throws(ShellError) -> String {
        let text = ScenarioWriter(session: session, version: settings.version, date: Self.today()).text
        // What `run` would refuse is not written: it could never be read back.
        let longest = ScenarioWriter.longestCommand(in: text)
        if longest > InputLimits.commandLine || text.utf8.count > InputLimits.scenarioFile {
            let what = longest > InputLimits.commandLine
                ? "a command of \(longest) bytes, over the \(InputLimits.describe(InputLimits.commandLine)) a command may have"
                : "\(text.utf8.count) bytes, over the \(InputLimits.describe(InputLimits.scenarioFile)) a scenario file may have"
            throw .invalid("\(file) not saved: the plan would need \(what) (too many bodies or indicators for one scenario)")
        }
        let location = try writableLocation(file)
        do { try AtomicFile.write(Array(text.utf8), to: location, overwrite: force) } catch { throw .file(error.description) }
        session.savedPlan = session.plan
        return "saved \(file)"
    }

    /// The date in UTC, so that the same plan saves to the same bytes in every time zone.
    static func today(_ now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: now)
    }

    func check(_ expectation: Expectation) throws(ShellError) -> String {
        switch expectation {
        case let .kpiState(name, state, fy):
            let results = try kpiResults(name, fy: fy)
            let holds = results.allSatisfy { r in
                switch (state, r.status) {
                case (.met, .met), (.met, .over), (.over, .over), (.short, .short), (.short, .notPlanned): true
                default: false
                }
            }
            let actual = results.map { "\($0.kpi.id) \(KPIFormat.status($0))\($0.value.map { " (\(KPIFormat.number($0, kpi: results[0].kpi)))" } ?? "")" }
                .joined(separator: ", ")
            guard holds else { throw .expectation("expected kpi \(name) \(state.rawValue), actual \(actual)") }
            return "ok: kpi \(name) \(state.rawValue) (\(actual))"
        case let .kpiValue(name, comparison, value, fy):
            let results = try kpiResults(name, fy: fy)
            guard let actual = results[0].value else {
                throw .expectation("expected kpi \(name) \(comparison.rawValue) \(NumberText.shortest(value)), actual: no planned value")
            }
            guard comparison.holds(actual, value) else {
                throw .expectation("expected kpi \(name) \(comparison.rawValue) \(NumberText.shortest(value)), actual \(NumberText.shortest(actual))")
            }
            return "ok: kpi \(name) = \(NumberText.shortest(actual)) \(comparison.rawValue) \(NumberText.shortest(value))"
        case let .covered(measureID, terms, fy, cumulative), let .notCovered(measureID, terms, fy, cumulative):
            let wantCovered = if case .covered = expectation { true } else { false }
            let measure = try session.measure(measureID)
            let year = try fy.map { (t: String) throws(ShellError) in try session.fiscalYear(t) } ?? session.year
            var codes = try session.resolve(terms, year: year).codes
            if terms.contains(where: { $0.lowercased() == "all" || $0.contains(":") }) {
                codes = codes.filter { session.dataset.body(code: $0).map(measure.isEligible) ?? false }
            }
            let covered = cumulative ? session.plan.coveredCumulative(measureID, through: year) : session.plan.covered(measureID, in: year)
            let wrong = codes.filter { covered.contains($0) != wantCovered }
            let what = "\(wantCovered ? "covered" : "not-covered") \(measureID) \(terms.joined(separator: " "))"
            guard wrong.isEmpty else {
                let names = wrong.prefix(8).compactMap { session.dataset.body(code: $0)?.name }.joined(separator: " ")
                throw .expectation("expected \(what) in \(session.describe(year)), actual: \(wrong.count) of \(codes.count) \(wantCovered ? "not covered" : "covered"): \(names)\(wrong.count > 8 ? " …" : "")")
            }
            return "ok: \(what) (\(Plural.bodies(codes.count)))"
        case let .count(selectors, comparison, value, fy):
            let year = try fy.map { (t: String) throws(ShellError) in try session.fiscalYear(t) } ?? session.year
            let count = try session.resolve(selectors, year: year).codes.count
            guard comparison.holds(Double(count), Double(value)) else {
                throw .expectation("expected count \(selectors.joined(separator: " ")) \(comparison.rawValue) \(value), actual \(count)")
            }
            return "ok: count \(selectors.joined(separator: " ")) = \(count) \(comparison.rawValue) \(value)"
        case let .probability(name, target, comparison, value, fy):
            return try checkProbability(name, target: target, comparison: comparison, value: value, fy: fy)
        }
    }

    /// KPIs named by KPI id or by measure (every KPI of the measure).
    func kpiResults(_ name: String, fy: String?) throws(ShellError) -> [KPIResult] {
        let dataset = session.dataset
        let kpis = dataset.kpis.filter { $0.id == name }.isEmpty ? dataset.kpis(of: name) : dataset.kpis.filter { $0.id == name }
        guard !kpis.isEmpty else { throw .plan(.unknownKPI(name, known: dataset.kpis.map(\.id))) }
        let year = try fy.map { (t: String) throws(ShellError) in try session.fiscalYear(t) }
        return kpis.map { KPIEvaluation.evaluate($0, plan: session.plan, year: year ?? $0.fiscalYear) }
    }
}
