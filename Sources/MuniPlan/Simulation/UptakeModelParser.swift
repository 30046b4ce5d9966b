import Foundation
import TOMLKit

/// Reading and validating `uptake.toml` against the data set. Every problem is reported
/// with the line it is on; all of them, not only the first.
extension UptakeModel {
    public static let fileName = "uptake.toml"

    /// Reads the model from a file; `shownAs` is how messages name it (`Data/uptake.toml`).
    public static func load(path: String, shownAs: String, dataset: Dataset) throws(DataError) -> UptakeModel {
        try UptakeModel(text: try TextFile.read(atPath: path, shownAs: shownAs, limit: InputLimits.modelFile), file: shownAs, dataset: dataset)
    }

    public init(text: String, file: String, dataset: Dataset) throws(DataError) {
        let root = try TextFile.toml(text, file: file)
        var r = UptakeReader(file: file, lines: UptakeLines(text), dataset: dataset)
        for key in root.keys where !["support", "uptake"].contains(key) {
            r.issue(line: r.lines.topLevelLine(key: key), "unknown key '\(key)' (expected [support] and [[uptake]] entries)")
        }
        let supportTable = root["support"]?.table
        if supportTable == nil { r.issue(line: 1, "missing [support] table (advisor = \"MEASURE\", grant = \"MEASURE\")") }
        r.unknownKeys(supportTable, allowed: ["advisor", "grant"], at: .table("support"), in: "[support]")
        let advisor = r.measureID(supportTable, "advisor", at: .table("support"), in: "[support]")
        let grant = r.measureID(supportTable, "grant", at: .table("support"), in: "[support]")

        var measures: [MeasureUptake] = []
        var seen = Set<String>()
        let entries: [TOMLTable?]
        if let value = root["uptake"] {
            if let array = value.array {
                entries = array.map(\.table)
                if entries.isEmpty { r.issue(line: r.lines.topLevelLine(key: "uptake"), "no [[uptake]] entries") }
            } else {
                r.issue(line: r.lines.topLevelLine(key: "uptake"), "'uptake' must be an array of tables ([[uptake]])")
                entries = []
            }
        } else {
            r.issue(line: 1, "no [[uptake]] entries: nothing to simulate")
            entries = []
        }
        for (i, table) in entries.enumerated() {
            guard let table else {
                r.issue(line: r.lines.line(.entry(i)), "uptake entry \(i + 1) is not a table")
                continue
            }
            let name = "[[uptake]]"
            r.unknownKeys(table, allowed: ["measure", "base", "carry_over", "support", "kind", "size"], at: .entry(i), in: name)
            let id = r.measureID(table, "measure", at: .entry(i), in: name)
            if let id {
                if !seen.insert(id).inserted { r.issue(.entry(i), "measure", "a second uptake entry for '\(id)'") }
                if !dataset.kpis(of: id).contains(where: { $0.kind.countsBodies }) {
                    r.issue(.entry(i), "measure", "'\(id)' has no KPI that counts bodies: there is nothing to simulate")
                }
            }
            let base = r.probability(table, "base", at: .entry(i), in: name)
            let carryOver = r.multiplier(table, "carry_over", at: .entry(i), in: name)
            let support = r.supportMultipliers(table, entry: i, measure: id, advisor: advisor, grant: grant)
            let kinds = r.kindMultipliers(table, entry: i, measure: id.flatMap(dataset.measure(id:)))
            let sizes = r.sizeBands(table, entry: i)
            guard let id, let base, let carryOver, let support, let kinds, let sizes else { continue }
            measures.append(MeasureUptake(measure: id, base: base, support: support, kinds: kinds, sizes: sizes, carryOver: carryOver))
        }
        if !r.issues.isEmpty { throw DataError(r.issues) }
        guard let advisor, let grant else { throw DataError(file: file, line: 1, "missing [support] measures") }
        self.init(advisorMeasure: advisor, grantMeasure: grant, measures: measures, file: file)
    }
}

/// Typed, located access to the values of `uptake.toml`.
struct UptakeReader {
    let file: String
    let lines: UptakeLines
    let dataset: Dataset
    var issues: [DataIssue] = []

    mutating func issue(line: Int, _ message: String) {
        issues.append(DataIssue(file: file, line: line, message: message))
    }

    mutating func issue(_ place: UptakeLines.Place, _ key: String?, _ message: String) {
        issue(line: lines.line(place, key: key), message)
    }

    mutating func unknownKeys(_ table: TOMLTable?, allowed: [String], at place: UptakeLines.Place, in name: String) {
        guard let table else { return }
        for key in table.keys where !allowed.contains(key) {
            issue(place, key, "unknown key '\(key)' in \(name) (expected \(allowed.joined(separator: ", ")))")
        }
    }

    mutating func value(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> (any TOMLValueConvertible)? {
        guard let table else { return nil }
        guard let value = table[key] else { issue(place, nil, "\(name) is missing '\(key)'"); return nil }
        return value
    }

    mutating func number(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> Double? {
        guard let value = value(table, key, at: place, in: name) else { return nil }
        if let d = value.double, d.isFinite { return d }
        if let n = value.int { return Double(n) }
        issue(place, key, "'\(key)' must be a number")
        return nil
    }

    mutating func probability(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> Double? {
        guard let p = number(table, key, at: place, in: name) else { return nil }
        guard p >= 0, p <= 1 else { issue(place, key, "'\(key)' is a probability: it must lie in [0, 1], not \(p)"); return nil }
        return p
    }

    mutating func multiplier(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> Double? {
        guard let m = number(table, key, at: place, in: name) else { return nil }
        // At most 10^15: the product of a base and four multipliers then stays finite (never inf × 0).
        guard m >= 0, m <= NumberLimits.amount else {
            issue(place, key, "'\(key)' is a multiplier: it must be ≥ 0 and at most 1e15, not \(NumberText.shortest(m))")
            return nil
        }
        return m
    }

    mutating func measureID(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> String? {
        guard let value = value(table, key, at: place, in: name) else { return nil }
        guard let id = value.string else { issue(place, key, "'\(key)' must be a measure id in quotes"); return nil }
        guard dataset.measure(id: id) != nil else {
            let known = dataset.measures.map(\.id)
            let hint = Suggest.closest(id, in: known).map { " — did you mean \($0)?" } ?? " (known: \(known.joined(separator: ", ")))"
            issue(place, key, "unknown measure '\(id)'\(hint)")
            return nil
        }
        return id
    }

    mutating func subTable(_ table: TOMLTable, _ key: String, entry i: Int) -> TOMLTable? {
        guard let value = table[key] else { issue(.entry(i), nil, "[[uptake]] is missing its [uptake.\(key)] table"); return nil }
        guard let sub = value.table else { issue(.entry(i), key, "'\(key)' must be a table ([uptake.\(key)])"); return nil }
        return sub
    }

    /// The support states that can occur for a measure: every body the grant measure counts
    /// has had the grant, and every body the advisor measure counts has had an advisor.
    static func possibleStates(_ measure: String?, advisor: String?, grant: String?) -> [SupportState] {
        SupportState.allCases.filter { state in
            (measure != advisor || state.hasAdvisor) && (measure != grant || state.hasGrant)
        }
    }

    mutating func supportMultipliers(_ table: TOMLTable, entry i: Int, measure: String?, advisor: String?,
                                     grant: String?) -> [SupportState: Double]? {
        guard let sub = subTable(table, "support", entry: i) else { return nil }
        // Which states can occur depends on [support]; its own error is already reported.
        guard advisor != nil, grant != nil else { return nil }
        let place = UptakeLines.Place.subTable(i, "support")
        let possible = Self.possibleStates(measure, advisor: advisor, grant: grant)
        var out: [SupportState: Double] = [:]
        var ok = true
        for key in sub.keys {
            guard let state = SupportState(rawValue: key) else {
                issue(place, key, "unknown support '\(key)' (use none, advisor, grant, both)")
                ok = false
                continue
            }
            if !possible.contains(state), let measure {
                let reason = measure == grant ? "every body it counts has had the grant (\(measure))" : "every body it counts has had an advisor (\(measure))"
                issue(place, key, "support '\(key)' cannot occur for \(measure): \(reason) — remove it")
                ok = false
            }
        }
        for state in possible {
            guard let m = multiplier(sub, state.rawValue, at: place, in: "[uptake.support]") else { ok = false; continue }
            out[state] = m
        }
        return ok ? out : nil
    }

    mutating func kindMultipliers(_ table: TOMLTable, entry i: Int, measure: Measure?) -> [BodyKind: Double]? {
        guard let sub = subTable(table, "kind", entry: i) else { return nil }
        let place = UptakeLines.Place.subTable(i, "kind")
        var out: [BodyKind: Double] = [:]
        var ok = true
        for key in sub.keys {
            guard let kind = BodyKind(rawValue: key) else {
                issue(place, key, "unknown kind of body '\(key)' (use \(BodyKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                ok = false
                continue
            }
            if let measure, !measure.eligibleKinds.contains(kind) {
                issue(place, key, "\(measure.id) cannot cover a \(key) (eligible: \(Self.kinds(measure)))")
                ok = false
            }
        }
        guard let measure else { return nil }
        for kind in BodyKind.allCases where measure.eligibleKinds.contains(kind) {
            guard let m = multiplier(sub, kind.rawValue, at: place, in: "[uptake.kind]") else { ok = false; continue }
            out[kind] = m
        }
        return ok ? out : nil
    }

    static func kinds(_ measure: Measure) -> String {
        BodyKind.allCases.filter { measure.eligibleKinds.contains($0) }.map(\.rawValue).joined(separator: ", ")
    }

    mutating func sizeBands(_ table: TOMLTable, entry i: Int) -> [SizeBand]? {
        guard let value = table["size"] else { issue(.entry(i), nil, "[[uptake]] is missing its [[uptake.size]] bands"); return nil }
        guard let array = value.array, !array.isEmpty else {
            issue(.entry(i), "size", "'size' must be [[uptake.size]] bands (below = PEOPLE, multiplier = M)")
            return nil
        }
        var bands: [SizeBand] = []
        var ok = true
        for (k, element) in array.enumerated() {
            let place = UptakeLines.Place.band(i, k)
            guard let band = element.table else { issue(place, nil, "size band \(k + 1) is not a table"); ok = false; continue }
            unknownKeys(band, allowed: ["below", "multiplier"], at: place, in: "[[uptake.size]]")
            let multiplier = multiplier(band, "multiplier", at: place, in: "[[uptake.size]]")
            var below: Int?
            let last = k == array.count - 1
            if let value = band["below"] {
                if last {
                    issue(place, "below", "the last size band takes everyone left: remove its 'below'")
                    ok = false
                } else if let n = value.int, n > 0 {
                    below = n
                    if let previous = bands.last?.below, n <= previous {
                        issue(place, "below", "size bands must rise: below = \(n) after below = \(previous)")
                        ok = false
                    }
                } else {
                    issue(place, "below", "'below' must be a whole number of people > 0")
                    ok = false
                }
            } else if !last {
                issue(place, nil, "[[uptake.size]] is missing 'below' (only the last band may leave it out)")
                ok = false
            }
            guard let multiplier else { ok = false; continue }
            bands.append(SizeBand(below: below, multiplier: multiplier))
        }
        return ok ? bands : nil
    }
}
