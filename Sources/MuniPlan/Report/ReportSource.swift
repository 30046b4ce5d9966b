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

    /// The sources of the bundled `Data/` files (see Data/README.md) and the plan `dataset`
    /// quotes, the plan first; their wording comes from `Attribution`, the one place it
    /// lives, under the report's own headings. Pass the contents of `LICENSE-japancode.txt`
    /// to include the full MIT licence text.
    public static func bundledData(dataset: Dataset?, japancodeLicenceText: String? = nil, language: Language = .japanese) -> [ReportSource] {
        let headings: [Attribution.Part: Message] = [.population: Message.Report.sourcePopulation,
                                                     .codes: Message.Report.sourceCodes,
                                                     .boundaries: Message.Report.sourceBoundaries]
        let all = Attribution.bundled(dataset: dataset, japancodeLicenceText: japancodeLicenceText)
        return (all.filter { $0.part == .plan } + all.filter { $0.part != .plan }).map {
            ReportSource(subject: (headings[$0.part] ?? $0.subject).text(in: language), attribution: $0.attribution,
                         detail: $0.detail, licenceText: $0.licenceText)
        }
    }
}
