/// Where a part of the bundled data came from, with the attribution its licence asks for,
/// exactly as the licensor words it. It travels with the data: JSON exports (`sources`),
/// the Markdown and HTML footers, the workbook's 出典 sheet, the report and `export sources`.
public struct Attribution: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable, CaseIterable {
        case population, codes, boundaries, plan
    }

    /// The stable ASCII id (a JSON export's `id`).
    public let part: Part
    public let attribution: String
    /// The licence with its copyright line, or where the data was published.
    public let detail: String?
    /// The full licence text, where the licence asks for it to accompany copies (MIT).
    public let licenceText: String?

    /// What the source supplied: `population` / `人口` (it follows from `part`).
    public let subject: Message

    public init(part: Part, attribution: String, detail: String?, licenceText: String? = nil) {
        self.part = part
        self.attribution = attribution
        self.detail = detail
        self.licenceText = licenceText
        subject = [.population: Message.Sources.subjectPopulation, .codes: Message.Sources.subjectCodes,
                   .boundaries: Message.Sources.subjectBoundaries][part] ?? Message.Sources.subjectPlan
    }

    // The subject follows from the part, so the four other fields say it all.
    public static func == (a: Attribution, b: Attribution) -> Bool {
        (a.part, a.attribution, a.detail, a.licenceText) == (b.part, b.attribution, b.detail, b.licenceText)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(part)
        hasher.combine(attribution)
        hasher.combine(detail)
        hasher.combine(licenceText)
    }

    /// The sources of the bundled `Data/` files (see Data/README.md, "Sources and
    /// licences"), then the plan the catalogue quotes, as `dataset` names it. Pass the
    /// contents of `LICENSE-japancode.txt` to carry the full MIT licence text.
    public static func bundled(dataset: Dataset?, japancodeLicenceText: String? = nil) -> [Attribution] {
        var all = [
            Attribution(part: .population, attribution: "令和２年国勢調査 速報集計 (総務省統計局)",
                        detail: "e-Stat 表番号 0003433219（2021年6月25日公表）"),
            Attribution(part: .codes, attribution: "japancode 0.1.0",
                        detail: "MIT License — Copyright (c) 2024 Kentaro Ozeki", licenceText: japancodeLicenceText),
            Attribution(part: .boundaries, attribution: "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成",
                        detail: "CC BY 4.0（デジタル庁 policy-dashboard-assets 経由）"),
        ]
        if let dataset, !dataset.source.isEmpty {
            all.append(Attribution(part: .plan, attribution: dataset.source, detail: dataset.name.isEmpty ? nil : dataset.name))
        }
        return all
    }
}
