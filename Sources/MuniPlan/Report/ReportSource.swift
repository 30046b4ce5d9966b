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

    /// The sources of the bundled `Data/` files (see Data/README.md), from `Attribution`,
    /// the one place their wording lives. Pass the contents of `LICENSE-japancode.txt` to
    /// include the full MIT licence text.
    public static func bundledData(japancodeLicenceText: String? = nil) -> [ReportSource] {
        Attribution.bundled(dataset: nil, japancodeLicenceText: japancodeLicenceText).map {
            ReportSource(subject: $0.subject.text(in: .japanese), attribution: $0.attribution, detail: $0.detail,
                         licenceText: $0.licenceText)
        }
    }
}
