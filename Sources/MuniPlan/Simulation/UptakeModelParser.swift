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
            r.issue(line: r.lines.topLevelLine(key: key), Message.Uptake.unknownTopKey(key: key))
        }
        let supportTable = root["support"]?.table
        if supportTable == nil { r.issue(line: 1, Message.Uptake.missingSupport) }
        r.unknownKeys(supportTable, allowed: ["advisor", "grant"], at: .table("support"), in: "[support]")
        let advisor = r.measureID(supportTable, "advisor", at: .table("support"), in: "[support]")
        let grant = r.measureID(supportTable, "grant", at: .table("support"), in: "[support]")

        var measures: [MeasureUptake] = []
        var seen = Set<String>()
        let entries: [TOMLTable?]
        if let value = root["uptake"] {
            if let array = value.array {
                entries = array.map(\.table)
                if entries.isEmpty { r.issue(line: r.lines.topLevelLine(key: "uptake"), Message.Data.noEntries(name: "uptake")) }
            } else {
                r.issue(line: r.lines.topLevelLine(key: "uptake"), Message.Data.notArrayOfTables(name: "uptake"))
                entries = []
            }
        } else {
            r.issue(line: 1, Message.Uptake.nothingToSimulate)
            entries = []
        }
        for (i, table) in entries.enumerated() {
            guard let table else {
                r.issue(line: r.lines.line(.entry(i)), Message.Uptake.entryNotTable(entry: i + 1))
                continue
            }
            let name = "[[uptake]]"
            r.unknownKeys(table, allowed: ["measure", "base", "carry_over", "support", "kind", "size"], at: .entry(i), in: name)
            let id = r.measureID(table, "measure", at: .entry(i), in: name)
            if let id {
                if !seen.insert(id).inserted { r.issue(.entry(i), "measure", Message.Uptake.secondEntry(measure: id)) }
                if !dataset.kpis(of: id).contains(where: { $0.kind.countsBodies }) {
                    r.issue(.entry(i), "measure", Message.Uptake.noBodyKpi(measure: id))
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
        guard let advisor, let grant else { throw DataError(file: file, line: 1, Message.Uptake.missingSupportMeasures) }
        self.init(advisorMeasure: advisor, grantMeasure: grant, measures: measures, file: file)
    }
}

/// Typed, located access to the values of `uptake.toml`.
struct UptakeReader {
    let file: String
    let lines: UptakeLines
    let dataset: Dataset
    var issues: [DataIssue] = []

    mutating func issue(line: Int, _ what: Message) {
        issues.append(DataIssue(file: file, line: line, what))
    }

    mutating func issue(_ place: UptakeLines.Place, _ key: String?, _ what: Message) {
        issue(line: lines.line(place, key: key), what)
    }

    mutating func unknownKeys(_ table: TOMLTable?, allowed: [String], at place: UptakeLines.Place, in name: String) {
        guard let table else { return }
        for key in table.keys where !allowed.contains(key) {
            issue(place, key, Message.Data.unknownKey(key: key, table: name, expected: MessageList(allowed)))
        }
    }

    mutating func value(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> (any TOMLValueConvertible)? {
        guard let table else { return nil }
        guard let value = table[key] else { issue(place, nil, Message.Data.missingKey(array: name, key: key)); return nil }
        return value
    }

    mutating func number(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> Double? {
        guard let value = value(table, key, at: place, in: name) else { return nil }
        if let d = value.double, d.isFinite { return d }
        if let n = value.int { return Double(n) }
        issue(place, key, Message.Data.notNumber(key: key))
        return nil
    }

    mutating func probability(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> Double? {
        guard let p = number(table, key, at: place, in: name) else { return nil }
        guard p >= 0, p <= 1 else { issue(place, key, Message.Uptake.probabilityRange(key: key, value: "\(p)")); return nil }
        return p
    }

    mutating func multiplier(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> Double? {
        guard let m = number(table, key, at: place, in: name) else { return nil }
        // At most 10^15: the product of a base and four multipliers then stays finite (never inf × 0).
        guard m >= 0, m <= NumberLimits.amount else {
            issue(place, key, Message.Uptake.multiplierRange(key: key, value: NumberText.shortest(m)))
            return nil
        }
        return m
    }

    mutating func measureID(_ table: TOMLTable?, _ key: String, at place: UptakeLines.Place, in name: String) -> String? {
        guard let value = value(table, key, at: place, in: name) else { return nil }
        guard let id = value.string else { issue(place, key, Message.Uptake.measureNotString(key: key)); return nil }
        guard dataset.measure(id: id) != nil else {
            let known = dataset.measures.map(\.id)
            issue(place, key, Suggest.closest(id, in: known).map { Message.Plan.unknownMeasureDidYouMean(id: id, suggestion: $0) }
                ?? Message.Uptake.unknownMeasure(id: id, known: MessageList(known)))
            return nil
        }
        return id
    }

    mutating func subTable(_ table: TOMLTable, _ key: String, entry i: Int) -> TOMLTable? {
        guard let value = table[key] else { issue(.entry(i), nil, Message.Uptake.missingSubTable(key: key)); return nil }
        guard let sub = value.table else { issue(.entry(i), key, Message.Uptake.subTableShape(key: key)); return nil }
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
                issue(place, key, Message.Uptake.unknownSupport(support: key))
                ok = false
                continue
            }
            if !possible.contains(state), let measure {
                let reason = measure == grant ? Message.Uptake.reasonHadGrant(measure: measure) : Message.Uptake.reasonHadAdvisor(measure: measure)
                issue(place, key, Message.Uptake.supportCannotOccur(support: key, measure: measure, reason: reason))
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
                issue(place, key, Message.Data.unknownEligibleKind(kind: key, known: MessageList(BodyKind.allCases.map(\.rawValue))))
                ok = false
                continue
            }
            if let measure, !measure.eligibleKinds.contains(kind) {
                issue(place, key, Message.Uptake.kindNotEligible(measure: measure.id, kind: key, eligible: Self.kinds(measure)))
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

    static func kinds(_ measure: Measure) -> MessageList {
        MessageList(BodyKind.allCases.filter { measure.eligibleKinds.contains($0) }.map(\.rawValue))
    }

    mutating func sizeBands(_ table: TOMLTable, entry i: Int) -> [SizeBand]? {
        guard let value = table["size"] else { issue(.entry(i), nil, Message.Uptake.missingSize); return nil }
        guard let array = value.array, !array.isEmpty else {
            issue(.entry(i), "size", Message.Uptake.sizeShape)
            return nil
        }
        var bands: [SizeBand] = []
        var ok = true
        for (k, element) in array.enumerated() {
            let place = UptakeLines.Place.band(i, k)
            guard let band = element.table else { issue(place, nil, Message.Uptake.bandNotTable(band: k + 1)); ok = false; continue }
            unknownKeys(band, allowed: ["below", "multiplier"], at: place, in: "[[uptake.size]]")
            let multiplier = multiplier(band, "multiplier", at: place, in: "[[uptake.size]]")
            var below: Int?
            let last = k == array.count - 1
            if let value = band["below"] {
                if last {
                    issue(place, "below", Message.Uptake.lastBandBelow)
                    ok = false
                } else if let n = value.int, n > 0 {
                    below = n
                    if let previous = bands.last?.below, n <= previous {
                        issue(place, "below", Message.Uptake.bandsRise(below: n, previous: previous))
                        ok = false
                    }
                } else {
                    issue(place, "below", Message.Uptake.belowNotPeople)
                    ok = false
                }
            } else if !last {
                issue(place, nil, Message.Uptake.missingBelow)
                ok = false
            }
            guard let multiplier else { ok = false; continue }
            bands.append(SizeBand(below: below, multiplier: multiplier))
        }
        return ok ? bands : nil
    }
}
