// The model's own words in either language: every table and message names kinds and
// years through these, so both languages say them one way.

extension BodyKind {
    /// `city` / `市`, `association` / `一部事務組合`.
    public var name: Message {
        switch self {
        case .city: Message.Model.kindCity
        case .town: Message.Model.kindTown
        case .village: Message.Model.kindVillage
        case .ward: Message.Model.kindWard
        case .association: Message.Model.kindAssociation
        }
    }
}

/// A year is written as each language writes it: `FY2022 (R4)` / `令和4年度` (a format, like a
/// number's, rather than a sentence to translate).
extension FiscalYear: MessageArgument {
    public func text(in language: Language) -> String {
        language == .japanese ? "\(japaneseEra)年度" : description
    }

    /// `FY2022` / `令和4年度`: the year without its era in English, where a sentence is short.
    public var short: some MessageArgument { Short(year: self) }

    private struct Short: MessageArgument {
        let year: FiscalYear
        func text(in language: Language) -> String { language == .japanese ? year.text(in: language) : year.token }
    }

    /// `令和4`, `令和元` (the first year of an era is 元), `平成30`.
    public var japaneseEra: String {
        let (name, n) = year >= 2019 ? ("令和", year - 2018) : ("平成", year - 1988)
        return name + (n == 1 ? "元" : String(n))
    }
}

extension Dataset {
    /// `FY2022 (R4)` / `令和4年度`, or the baseline bucket before the plan's first year.
    public func yearLabel(_ year: FiscalYear) -> any MessageArgument {
        year < firstFiscalYear ? Message.Model.baseline(first: firstFiscalYear.short) : year
    }
}
