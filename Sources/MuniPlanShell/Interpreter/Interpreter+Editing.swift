import Foundation
import MuniPlan

/// `indicators`.
extension Interpreter {
    func loadIndicators(_ file: String) throws(ShellError) -> String {
        let bytes: [UInt8]
        do { bytes = try readFile(file).bytes } catch {
            if case .notFound = error { throw .file("missing file \(file)") }
            throw .file(error.description)
        }
        let columns: [String: [String: Double]]
        do {
            columns = try IndicatorLoader.load(bytes: bytes, file: file, dataset: session.dataset)
        } catch { throw .indicators(error) }
        var plan = session.plan
        for (name, values) in columns.sorted(by: { $0.key < $1.key }) { plan.indicators.set(name, values: values) }
        session.commit(plan)
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
        var plan = session.plan
        plan.indicators.set(name, values: byCode)
        session.commit(plan)
        return "indicator \(name): \(Plural.bodies(byCode.count))"
    }

    func indicatorsTable() -> Table {
        let indicators = session.plan.indicators
        let rows = indicators.names.map { name -> Table.Row in
            let values = indicators.columns[name] ?? [:]
            return Table.Row([.text(name), .integer(values.count),
                              values.values.min().map { .decimal($0, places: 2) } ?? .empty,
                              values.values.max().map { .decimal($0, places: 2) } ?? .empty,
                              .decimal(session.plan.weights.weight(of: .indicator(name)), places: 2)])
        }
        return Table(name: "indicators", columns: [
            Table.Column("indicator"), Table.Column("bodies", alignment: .right), Table.Column("min", alignment: .right),
            Table.Column("max", alignment: .right), Table.Column("weight", alignment: .right),
        ], rows: rows, footer: rows.isEmpty ? ["no indicators loaded — indicators load FILE.csv"] : [])
    }
}
