/// A data source and the attribution its licence asks for, shown at the end of a report.
public struct ReportSource: Sendable, Equatable {
    /// What the source supplied, e.g. `人口`.
    public let subject: String
    /// The attribution text, exactly as the licensor asks.
    public let attribution: String
    /// The licence with its copyright line (`MIT License — Copyright (c) 2024 Kentaro Ozeki`),
    /// or where the data was published.
    public let detail: String?
    /// The full licence text, shown in small type (MIT asks for it to accompany copies).
    public let licenceText: String?

    public init(subject: String, attribution: String, detail: String? = nil, licenceText: String? = nil) {
        self.subject = subject
        self.attribution = attribution
        self.detail = detail
        self.licenceText = licenceText
    }

    /// The sources of the bundled `Data/` files (see Data/README.md), the Prefecture's
    /// plan first. Pass the contents of `LICENSE-japancode.txt` to include the full MIT
    /// licence text.
    public static func bundledData(japancodeLicenceText: String? = nil, language: Language = .japanese) -> [ReportSource] {
        [
            PlanCitation.fukushimaFY2022.source(language: language),
            ReportSource(
                subject: Message.Report.sourcePopulation.text(in: language),
                attribution: "令和２年国勢調査 速報集計 (総務省統計局)",
                detail: "e-Stat 表番号 0003433219（2021年6月25日公表）"),
            ReportSource(
                subject: Message.Report.sourceCodes.text(in: language),
                attribution: "japancode 0.1.0",
                detail: "MIT License — Copyright (c) 2024 Kentaro Ozeki",
                licenceText: japancodeLicenceText),
            ReportSource(
                subject: Message.Report.sourceBoundaries.text(in: language),
                attribution: "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成",
                detail: "CC BY 4.0（デジタル庁 policy-dashboard-assets 経由）"),
        ]
    }
}
