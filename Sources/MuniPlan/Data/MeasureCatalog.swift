import TOMLKit

/// The measure catalogue (`measures.toml`): items, measures and KPIs, validated against
/// each other. Every problem is reported with the line it is on.
public struct MeasureCatalog: Sendable {
    public let name: String
    public let prefecture: String
    public let source: String
    public let firstFiscalYear: FiscalYear
    /// The body whose office stands in for the prefectural office.
    public let centre: String?
    let centreLine: Int
    public let items: [Item]
    public let measures: [Measure]
    public let kpis: [KPI]

    public init(text: String, file: String) throws(DataError) {
        let root = try TextFile.toml(text, file: file)
        var reader = TableReader(file: file, lines: TOMLLines(text))
        reader.unknownKeys(root, allowed: Self.keys[""] ?? [], array: nil, index: 0, in: Message.Data.theCatalogue)

        let dataset = root["dataset"]?.table
        if dataset == nil { reader.issue(line: 1, Message.Data.missingDataset) }
        reader.unknownKeys(dataset, allowed: Self.keys["dataset"] ?? [], array: "dataset", index: 0, in: "[dataset]")
        name = reader.string(dataset, "dataset", 0, "name") ?? ""
        prefecture = reader.string(dataset, "dataset", 0, "prefecture") ?? ""
        source = reader.string(dataset, "dataset", 0, "source") ?? ""
        var firstYear = reader.int(dataset, "dataset", 0, "first_fiscal_year") ?? 2022
        if !FiscalYear.range.contains(firstYear) {
            reader.issue("dataset", 0, "first_fiscal_year", Message.Data.firstYearRange(lower: FiscalYear.range.lowerBound, upper: FiscalYear.range.upperBound, year: firstYear))
            firstYear = 2022
        }
        firstFiscalYear = FiscalYear(firstYear)
        centre = dataset?["centre"]?.string
        centreLine = reader.lines.line(of: "dataset", 0, key: "centre")

        var items: [Item] = []
        // Ids declared even by an entry with another problem: references to them are not
        // "unknown" (that would report one mistake three times, two of them wrongly).
        var itemIDs = Set<String>()
        for (i, table) in reader.tables(root, "item").enumerated() {
            reader.unknownKeys(table, allowed: Self.keys["item"] ?? [], array: "item", index: i, in: "[[item]]")
            let id = reader.string(table, "item", i, "id")
            let title = reader.string(table, "item", i, "title")
            guard let id else { continue }
            if !itemIDs.insert(id).inserted {
                reader.issue("item", i, "id", Message.Data.duplicateItem(id: id))
            }
            guard let title else { continue }
            items.append(Item(id: id, title: title))
        }

        var measures: [Measure] = []
        var measureIDs = Set<String>()
        for (i, table) in reader.tables(root, "measure").enumerated() {
            reader.unknownKeys(table, allowed: Self.keys["measure"] ?? [], array: "measure", index: i, in: "[[measure]]")
            let id = reader.string(table, "measure", i, "id")
            if let id { measureIDs.insert(id) }
            let name = reader.string(table, "measure", i, "name")
            let alias = reader.optionalString(table, "measure", i, "alias")
            let project = reader.string(table, "measure", i, "project")
            let division = reader.string(table, "measure", i, "division")
            let summary = reader.string(table, "measure", i, "summary")
            let served = reader.strings(table, "measure", i, "items") ?? []
            let eligibleWords = reader.strings(table, "measure", i, "eligible") ?? []
            let capacity = table?["capacity"] == nil ? nil : reader.int(table, "measure", i, "capacity")
            for item in served where !itemIDs.contains(item) {
                reader.issue("measure", i, "items", Message.Data.unknownItem(item: item))
            }
            var kinds = Set<BodyKind>()
            for word in eligibleWords {
                if let kind = BodyKind(rawValue: word) { kinds.insert(kind) } else {
                    reader.issue("measure", i, "eligible", Message.Data.unknownEligibleKind(kind: word, known: MessageList(BodyKind.allCases.map(\.rawValue))))
                }
            }
            if let id, !Identifier.isValid(id) {
                reader.issue("measure", i, "id", Message.Data.measureId(id: id))
            }
            if let capacity, !NumberLimits.count.contains(capacity) {
                reader.issue("measure", i, "capacity", Message.Data.capacityRange(range: NumberLimits.range(NumberLimits.count), capacity: capacity))
            }
            if let id, measures.contains(where: { $0.id == id }) {
                reader.issue("measure", i, "id", Message.Data.duplicateMeasure(id: id))
            }
            if let alias, let other = measures.first(where: { MeasureName.fold($0.alias ?? "") == MeasureName.fold(alias) || MeasureName.fold($0.name) == MeasureName.fold(alias) }) {
                reader.issue("measure", i, "alias", Message.Data.duplicateAlias(alias: alias, measure: other.id))
            }
            guard let id, let name, let project, let division, let summary else { continue }
            measures.append(Measure(id: id, name: name, project: project, division: division, summary: summary,
                                    items: served, eligibleKinds: kinds, defaultCapacity: capacity, alias: alias))
        }

        var kpis: [KPI] = []
        for (i, table) in reader.tables(root, "kpi").enumerated() {
            reader.unknownKeys(table, allowed: Self.keys["kpi"] ?? [], array: "kpi", index: i, in: "[[kpi]]")
            let id = reader.string(table, "kpi", i, "id")
            let measure = reader.string(table, "kpi", i, "measure")
            let kindWord = reader.string(table, "kpi", i, "kind")
            let target = reader.number(table, "kpi", i, "target")
            let unit = reader.string(table, "kpi", i, "unit")
            let fyText = reader.string(table, "kpi", i, "fy")
            let stated = reader.strings(table, "kpi", i, "items") ?? []
            let text = reader.string(table, "kpi", i, "text")
            let note = reader.optionalString(table, "kpi", i, "note")
            let conflict = reader.optionalString(table, "kpi", i, "conflict")
            let noteJapanese = reader.optionalString(table, "kpi", i, "note_ja")
            let conflictJapanese = reader.optionalString(table, "kpi", i, "conflict_ja")
            if let measure, !measureIDs.contains(measure) {
                reader.issue("kpi", i, "measure", Message.Data.kpiUnknownMeasure(measure: measure))
            }
            for item in stated where !itemIDs.contains(item) {
                reader.issue("kpi", i, "items", Message.Data.kpiUnknownItem(item: item))
            }
            var kind: KPI.Kind?
            if let kindWord {
                kind = KPI.Kind(rawValue: kindWord)
                if kind == nil {
                    reader.issue("kpi", i, "kind", Message.Data.unknownKpiKind(kind: kindWord, known: MessageList(KPI.Kind.allCases.map(\.rawValue))))
                }
            }
            var fiscalYear: FiscalYear?
            if let fyText {
                do throws(FiscalYearError) { fiscalYear = try FiscalYear.parse(fyText) } catch {
                    reader.issue("kpi", i, "fy", error.message)
                }
            }
            if let target, !(0...NumberLimits.amount).contains(target) {
                reader.issue("kpi", i, "target", Message.Data.targetRange(range: NumberLimits.range(0...NumberLimits.amount), target: NumberText.shortest(target)))
            }
            if let id, kpis.contains(where: { $0.id == id }) {
                reader.issue("kpi", i, "id", Message.Data.duplicateKpi(id: id))
            }
            guard let id, let measure, let kind, let target, (0...NumberLimits.amount).contains(target), let unit,
                  let fiscalYear, let text else { continue }
            kpis.append(KPI(id: id, measure: measure, kind: kind, target: target, unit: unit,
                            fiscalYear: fiscalYear, items: stated, text: text, note: note, conflict: conflict,
                            noteJapanese: noteJapanese, conflictJapanese: conflictJapanese))
        }
        if !reader.issues.isEmpty { throw DataError(reader.issues) }
        self.items = items
        self.measures = measures
        self.kpis = kpis
    }

    /// The keys each table may hold ("" is the top level); any other is a mistake to
    /// report (`capactiy = 19` must not silently mean "no capacity").
    static let keys: [String: [String]] = [
        "": ["dataset", "item", "measure", "kpi"],
        "dataset": ["name", "prefecture", "source", "first_fiscal_year", "centre"],
        "item": ["id", "title"],
        "measure": ["id", "name", "alias", "project", "division", "summary", "items", "eligible", "capacity"],
        "kpi": ["id", "measure", "kind", "target", "unit", "fy", "items", "text", "note", "conflict", "note_ja", "conflict_ja"],
    ]
}

/// Finds the line of `[[name]]` number i, and of a key inside it, in the raw text:
/// the parsed TOML tables do not keep positions.
struct TOMLLines {
    private let lines: [Substring]

    // "\r\n" is one Character: split on it too, or a CRLF file is a single line.
    init(_ text: String) { lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) }

    /// The line of a top-level key: a stray `key = …` before the first table, else the
    /// first header naming it (`[key]`, `[[key]]`, `[key.sub]`), else 1.
    func topLevelLine(key: String) -> Int {
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: " \t\r")
            if t.hasPrefix("[") { break }
            if t.hasPrefix(key), t.dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") { return i + 1 }
        }
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: " \t\r").drop { $0 == "[" }.trimmingCharacters(in: " \t")
            if line.trimmingCharacters(in: " \t\r").hasPrefix("["), t.hasPrefix(key),
               let next = t.dropFirst(key.count).first, next == "]" || next == "." || next == " " {
                return i + 1
            }
        }
        return 1
    }

    func line(of array: String, _ index: Int, key: String?) -> Int {
        let headers = lines.indices.filter {
            let t = lines[$0].trimmingCharacters(in: " \t\r")
            return t == "[[\(array)]]" || t == "[\(array)]"
        }
        guard index < headers.count else { return 1 }
        let start = headers[index]
        guard let key else { return start + 1 }
        var i = start + 1
        while i < lines.count {
            let t = lines[i].trimmingCharacters(in: " \t\r")
            if t.hasPrefix("[") { break }
            if t.hasPrefix(key), t.dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") { return i + 1 }
            i += 1
        }
        return start + 1
    }
}

/// Typed access to TOML values that records a located issue for each missing or mistyped field.
struct TableReader {
    let file: String
    let lines: TOMLLines
    var issues: [DataIssue] = []

    mutating func issue(line: Int, _ what: Message) {
        issues.append(DataIssue(file: file, line: line, what))
    }

    mutating func issue(_ array: String, _ index: Int, _ key: String?, _ what: Message) {
        issue(line: lines.line(of: array, index, key: key), what)
    }

    /// `measure is missing 'id'`, at the entry's line.
    private mutating func missing(_ array: String, _ index: Int, _ key: String) {
        issue(array, index, nil, Message.Data.missingKey(array: array, key: key))
    }

    /// Every key of `table` not in `allowed`, at its line (`array` nil: the top level).
    mutating func unknownKeys(_ table: TOMLTable?, allowed: [String], array: String?, index: Int, in name: any MessageArgument) {
        guard let table else { return }
        for key in table.keys.sorted() where !allowed.contains(key) {
            let line = array.map { lines.line(of: $0, index, key: key) } ?? lines.topLevelLine(key: key)
            issue(line: line, Suggest.closest(key, in: allowed).map { Message.Data.unknownKeyDidYouMean(key: key, table: name, suggestion: $0) }
                ?? Message.Data.unknownKey(key: key, table: name, expected: MessageList(allowed)))
        }
    }

    mutating func tables(_ root: TOMLTable, _ name: String) -> [TOMLTable?] {
        guard let value = root[name] else {
            issue(line: 1, Message.Data.noEntries(name: name))
            return []
        }
        guard let array = value.array else {
            issue(name, 0, nil, Message.Data.notArrayOfTables(name: name))
            return []
        }
        return array.enumerated().map { i, element in
            if element.table == nil { issue(name, i, nil, Message.Data.entryNotTable(name: name, entry: i + 1)) }
            return element.table
        }
    }

    mutating func string(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> String? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        guard let s = value.string else { issue(array, i, key, Message.Data.notString(key: key)); return nil }
        if s.trimmingWhitespace().isEmpty { issue(array, i, key, Message.Data.emptyKey(key: key)); return nil }
        return printable(s, array, i, key)
    }

    /// An optional string (a note): nil when absent, or when refused with an issue.
    mutating func optionalString(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> String? {
        guard let s = table?[key]?.string else { return nil }
        return printable(s, array, i, key)
    }

    /// `s`, or nil with an issue when it holds a control character (a TOML escape such as
    /// `\u001b` puts one in a string the file itself shows as plain text).
    private mutating func printable(_ s: String, _ array: String, _ i: Int, _ key: String) -> String? {
        guard let problem = PrintableField.problem(key, s) else { return s }
        issue(array, i, key, problem)
        return nil
    }

    mutating func strings(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> [String]? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        guard let list = value.array, list.allSatisfy({ $0.string != nil }) else {
            issue(array, i, key, Message.Data.notStrings(key: key)); return nil
        }
        let strings = list.compactMap(\.string)
        return strings.allSatisfy({ printable($0, array, i, key) != nil }) ? strings : nil
    }

    mutating func int(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> Int? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        guard let n = value.int else { issue(array, i, key, Message.Data.notWholeNumber(key: key)); return nil }
        return n
    }

    mutating func number(_ table: TOMLTable?, _ array: String, _ i: Int, _ key: String) -> Double? {
        guard let table else { return nil }
        guard let value = table[key] else { missing(array, i, key); return nil }
        if let d = value.double, d.isFinite { return d }
        if let n = value.int { return Double(n) }
        issue(array, i, key, Message.Data.notNumber(key: key))
        return nil
    }
}

