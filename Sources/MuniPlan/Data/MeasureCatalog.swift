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
    public let goals: [Goal]
    public let targetsOf: String?

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
        targetsOf = reader.optionalString(dataset, "dataset", 0, "targets_of")
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
        var measureOfFoldedName: [String: String] = [:]
        for (i, table) in reader.tables(root, "measure").enumerated() {
            reader.unknownKeys(table, allowed: Self.keys["measure"] ?? [], array: "measure", index: i, in: "[[measure]]")
            let id = reader.string(table, "measure", i, "id")
            if let id { measureIDs.insert(id) }
            let name = reader.string(table, "measure", i, "name")
            let alias = reader.optionalString(table, "measure", i, "alias")
            let project = reader.string(table, "measure", i, "project")
            let division = reader.string(table, "measure", i, "division")
            let served = reader.strings(table, "measure", i, "items") ?? []
            let summaries = reader.summaries(table, "measure", i, served: served, known: itemIDs)
            let summary = summaries?.first?.text
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
            if let alias, let other = measureOfFoldedName[MeasureName.fold(alias)] {
                reader.issue("measure", i, "alias", Message.Data.duplicateAlias(alias: alias, measure: other))
            }
            guard let id, let name, let project, let division, let summary else { continue }
            // The first measure a folded name or alias belongs to (each folded once, not per pair).
            for word in [name, alias ?? ""] where measureOfFoldedName[MeasureName.fold(word)] == nil {
                measureOfFoldedName[MeasureName.fold(word)] = id
            }
            measures.append(Measure(id: id, name: name, project: project, division: division, summary: summary,
                                    items: served, eligibleKinds: kinds, defaultCapacity: capacity, alias: alias,
                                    summaries: summaries))
        }

        var kpis: [KPI] = []
        for (i, table) in reader.tables(root, "kpi").enumerated() {
            reader.unknownKeys(table, allowed: Self.keys["kpi"] ?? [], array: "kpi", index: i, in: "[[kpi]]")
            let id = reader.string(table, "kpi", i, "id")
            let measure = reader.string(table, "kpi", i, "measure")
            let kindWord = reader.string(table, "kpi", i, "kind")
            // No target: the data set states none (the nationwide file), not zero.
            let target = table?["target"] == nil ? nil : reader.number(table, "kpi", i, "target")
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
            if table?["target"] != nil, target.map({ (0...NumberLimits.amount).contains($0) }) != true { continue }
            guard let id, let measure, let kind, let unit, let fiscalYear, let text else { continue }
            kpis.append(KPI(id: id, measure: measure, kind: kind, target: target, unit: unit,
                            fiscalYear: fiscalYear, items: stated, text: text, note: note, conflict: conflict,
                            noteJapanese: noteJapanese, conflictJapanese: conflictJapanese))
        }
        let goals = reader.goals(root, measures: measureIDs, items: itemIDs)
        if !reader.issues.isEmpty { throw DataError(reader.issues) }
        self.goals = goals
        self.items = items
        self.measures = measures
        self.kpis = kpis
    }

    /// The keys each table may hold ("" is the top level); any other is a mistake to
    /// report (`capactiy = 19` must not silently mean "no capacity").
    static let keys: [String: [String]] = [
        "": ["dataset", "item", "measure", "kpi", "goal"],
        "dataset": ["name", "prefecture", "source", "first_fiscal_year", "centre", "targets_of"],
        "item": ["id", "title"],
        "measure": ["id", "name", "alias", "project", "division", "summary", "items", "eligible", "capacity"],
        "kpi": ["id", "measure", "kind", "target", "unit", "fy", "items", "text", "note", "conflict", "note_ja", "conflict_ja"],
        "goal": ["measure", "items", "text"],
        "summary": ["items", "text"],
    ]
}
