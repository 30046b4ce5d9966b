import TOMLKit

/// The catalogue's two shapes beyond plain keys: a measure's summaries and the goals.
extension TableReader {
    /// `summary = "…"` (stated under every item the measure serves) or
    /// `summary = [{ items = ["1(5)"], text = "…" }, …]` where the source words it
    /// differently under different items.
    mutating func summaries(_ table: TOMLTable?, _ array: String, _ i: Int, served: [String], known: Set<String>) -> [Measure.Summary]? {
        guard let table else { return nil }
        if table["summary"]?.array == nil {
            return string(table, array, i, "summary").map { [Measure.Summary(items: served, text: $0)] }
        }
        var summaries: [Measure.Summary] = []
        for element in table["summary"]?.array ?? [] {
            guard let entry = element.table else { issue(array, i, "summary", Message.Data.summaryShape); return nil }
            unknownKeys(entry, allowed: MeasureCatalog.keys["summary"] ?? [], array: array, index: i, in: "summary")
            guard let text = string(entry, array, i, "text"), let items = strings(entry, array, i, "items") else { return nil }
            for item in items where !served.contains(item) {
                issue(array, i, "summary", known.contains(item) ? Message.Data.summaryItem(item: item) : Message.Data.unknownItem(item: item))
            }
            summaries.append(Measure.Summary(items: items, text: text))
        }
        if summaries.isEmpty { issue(array, i, "summary", Message.Data.summaryShape); return nil }
        return summaries
    }

    /// `[[goal]]` entries (optional: a catalogue may have none).
    mutating func goals(_ root: TOMLTable, measures: Set<String>, items known: Set<String>) -> [Goal] {
        guard root["goal"] != nil else { return [] }
        var goals: [Goal] = []
        for (i, table) in tables(root, "goal").enumerated() {
            unknownKeys(table, allowed: MeasureCatalog.keys["goal"] ?? [], array: "goal", index: i, in: "[[goal]]")
            let measure = string(table, "goal", i, "measure")
            let items = strings(table, "goal", i, "items")
            let text = string(table, "goal", i, "text")
            if let measure, !measures.contains(measure) { issue("goal", i, "measure", Message.Data.goalUnknownMeasure(measure: measure)) }
            for item in items ?? [] where !known.contains(item) { issue("goal", i, "items", Message.Data.goalUnknownItem(item: item)) }
            guard let measure, let items, let text else { continue }
            goals.append(Goal(measure: measure, items: items, text: text))
        }
        return goals
    }
}
