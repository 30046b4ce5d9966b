import Foundation
import MuniPlan

/// `fy`, `assign`, `unassign`, `capacity`, `set`, `weight`, `weights`, `indicators`.
extension Interpreter {
    func setYear(_ text: String?) throws(ShellError) -> String {
        if let text { session.year = try session.fiscalYear(text) }
        return "editing \(session.describe(session.year))"
    }

    func assign(_ measureID: String, _ terms: [String]) throws(ShellError) -> String {
        _ = try session.measure(measureID)
        let (codes, explicit) = try session.resolve(terms)
        let before = session.plan.covered(measureID, in: session.year)
        let plan: Plan
        do {
            plan = try session.plan.assigning(codes, explicit: explicit, measure: measureID, year: session.year, dataset: session.dataset)
        } catch { throw .plan(error) }
        session.commit(plan)
        let after = plan.covered(measureID, in: session.year)
        return changeSummary(measureID, added: after.subtracting(before), removed: [], total: after.count)
    }

    func unassign(_ measureID: String, _ terms: [String]) throws(ShellError) -> String {
        _ = try session.measure(measureID)
        let codes = try session.resolve(terms).codes
        let before = session.plan.covered(measureID, in: session.year)
        let plan: Plan
        do { plan = try session.plan.unassigning(codes, measure: measureID, year: session.year, dataset: session.dataset) } catch { throw .plan(error) }
        session.commit(plan)
        let after = plan.covered(measureID, in: session.year)
        return changeSummary(measureID, added: [], removed: before.subtracting(after), total: after.count)
    }

    /// `advisor FY2022 (R4): +2 檜枝岐村 只見町; 19 covered`.
    func changeSummary(_ measure: String, added: Set<String>, removed: Set<String>, total: Int) -> String {
        func names(_ codes: Set<String>) -> String {
            let bodies = session.dataset.bodies.filter { codes.contains($0.code) }.map(\.name)
            return bodies.count > 12 ? bodies.prefix(12).joined(separator: " ") + " …" : bodies.joined(separator: " ")
        }
        var parts: [String] = []
        if !added.isEmpty { parts.append("+\(added.count) \(names(added))") }
        if !removed.isEmpty { parts.append("−\(removed.count) \(names(removed))") }
        if parts.isEmpty { parts.append("no change") }
        return "\(measure) \(session.describe(session.year)): \(parts.joined(separator: "; ")); \(total) covered"
    }

    func capacity(_ measureID: String, _ change: Command.CapacityChange?) throws(ShellError) -> String {
        let measure = try session.measure(measureID)
        if let change {
            let value: Int? = if case let .set(n) = change { n } else { nil }
            do { session.commit(try session.plan.withCapacity(value, measure: measureID, dataset: session.dataset)) } catch { throw .plan(error) }
        }
        let current = session.plan.capacity(of: measure)
        return "\(measureID): " + (current.map { "at most \($0) bodies a year" } ?? "no capacity limit")
            + (measure.defaultCapacity.map { " (source: \($0))" } ?? "")
    }

    func setValue(_ kpiName: String, _ value: Double?) throws(ShellError) -> String {
        let plan: Plan
        let kpi: KPI
        do {
            kpi = try Plan.plannedKPI(kpiName, dataset: session.dataset)
            plan = try session.plan.settingValue(value, kpi: kpiName, year: session.year, dataset: session.dataset)
        } catch { throw .plan(error) }
        session.commit(plan)
        let shown = value.map { KPIFormat.number($0, kpi: kpi) + kpi.unit } ?? "none"
        return "\(kpi.id) \(session.describe(session.year)): planned \(shown) (target \(KPIFormat.target(kpi)))"
    }

    func weight(_ name: String, _ value: Double) throws(ShellError) -> String {
        let feature: NeedFeature
        do { feature = try NeedFeature.parse(name, dataset: session.dataset, indicators: session.plan.indicators) } catch { throw .plan(error) }
        var plan = session.plan
        plan.weights.set(feature, value)
        session.commit(plan)
        return weights(.show, shown: Self.weightsShownAfterChange)
    }

    /// How many terms `weight` shows after a change (`weights` shows them all): a script
    /// setting thousands of indicator weights would otherwise print thousands of lines for
    /// each, its output growing with the square of its length.
    static let weightsShownAfterChange = 12

    func weights(_ action: Command.WeightsAction, shown: Int = .max) -> String {
        var plan = session.plan
        switch action {
        case .show: break
        case .clear: plan.weights = NeedWeights([])
        case .defaults: plan.weights = .defaults
        }
        session.commit(plan)
        let terms = session.plan.weights.terms
        guard !terms.isEmpty else { return "need = 0 (every weight is 0: allocation by need falls back to code order)" }
        let more = terms.count > shown ? terms.count - shown : 0
        let formula = terms.prefix(shown).map { Table.Cell.decimal($0.weight, places: 2).plain + "·" + $0.feature.description }
            .joined(separator: " + ").replacingOccurrences(of: "+ -", with: "− ")
        var lines = ["need = " + formula + (more > 0 ? " + … (\(more) more terms)" : "")]
        for term in terms.prefix(shown) {
            lines.append("  " + DisplayWidth.pad(term.feature.description, to: 22) + term.feature.meaning)
        }
        if more > 0 { lines.append("  … and \(more) more: weights lists every term") }
        return lines.joined(separator: "\n")
    }

    func loadIndicators(_ file: String) throws(ShellError) -> String {
        let bytes: [UInt8]
        do { bytes = try readFile(file, limit: InputLimits.indicatorsFile).bytes } catch {
            if case .notFound = error { throw .file("missing file \(file)") }
            throw .file(error.description)
        }
        let columns: [String: [String: Double]]
        do {
            columns = try IndicatorLoader.load(bytes: bytes, file: file, dataset: session.dataset)
        } catch { throw .invalid(error.description) }
        do { session.commit(try session.plan.settingIndicators(columns)) } catch { throw .plan(error) }
        let summary = columns.sorted { $0.key < $1.key }.map { "\($0.key) (\(Plural.bodies($0.value.count)))" }.joined(separator: ", ")
        return "loaded \(summary) — use them with: weight NAME W, --cost NAME"
    }

    func setIndicator(_ name: String, _ values: [String: Double]) throws(ShellError) -> String {
        guard Identifier.isValid(name), !NeedFeature.builtInNames.contains(name) else {
            throw .invalid("indicator name '\(name)' must be lower-case ASCII letters, digits and hyphens, and not a built-in feature")
        }
        var byCode: [String: Double] = [:]
        for (term, value) in values {
            let body: Body
            do { body = try session.resolver.body(term) } catch { throw .resolve(error) }
            byCode[body.code] = value
        }
        do { session.commit(try session.plan.settingIndicators([name: byCode])) } catch { throw .plan(error) }
        return "indicator \(name): \(Plural.bodies(byCode.count))"
    }

    func indicatorsTable() -> Table {
        let indicators = session.plan.indicators
        // By feature once: a search of every weight for each column was quadratic.
        let weights = Dictionary(session.plan.weights.terms.map { ($0.feature, $0.weight) }, uniquingKeysWith: { first, _ in first })
        let rows = indicators.names.map { name -> Table.Row in
            let values = indicators.columns[name] ?? [:]
            return Table.Row([.text(name), .integer(values.count),
                              values.values.min().map { .decimal($0, places: 2) } ?? .empty,
                              values.values.max().map { .decimal($0, places: 2) } ?? .empty,
                              .decimal(weights[.indicator(name)] ?? 0, places: 2)])
        }
        return Table(name: "indicators", columns: [
            Table.Column("indicator"), Table.Column("bodies", alignment: .right), Table.Column("min", alignment: .right),
            Table.Column("max", alignment: .right), Table.Column("weight", alignment: .right),
        ], rows: rows, footer: rows.isEmpty ? ["no indicators loaded — indicators load FILE.csv"] : [])
    }
}
