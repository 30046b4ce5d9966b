/// How KPI figures and statuses read, in tables and in messages.
public enum KPIFormat {
    public static func cell(_ value: Double, kpi: KPI) -> Table.Cell {
        // isWhole means below 10^15: the conversion is exact.
        kpi.kind == .rate ? .decimal(value, places: 1) : (NumberText.isWhole(value) ? .integer(Int(saturating: value)) : .decimal(value, places: 2))
    }

    public static func number(_ value: Double, kpi: KPI) -> String { cell(value, kpi: kpi).display }

    /// `19 bodies` / `19団体`, `42 bodies (cumulative)` / `42団体（累計）`; `—` where the data
    /// set states no target.
    public static func target(_ kpi: KPI) -> Target { Target(kpi: kpi) }

    /// A KPI's target in either language: the source's units (団体, 回, 件) in Japanese, their
    /// English words in English; a unit muniplan has no word for, as the data gives it.
    public struct Target: MessageArgument {
        let kpi: KPI

        public func text(in language: Language) -> String {
            guard let target = kpi.target else { return "—" }
            let amount = KPIFormat.amount(target, kpi: kpi).text(in: language)
            return kpi.kind == .cumulativeBodies ? Message.Kpi.amountCumulative(amount: amount).text(in: language) : amount
        }
    }

    /// `19 bodies` / `19団体`, `61.0%`, `4 times` / `4回`, `11,000 cases` / `11,000件`.
    public static func amount(_ value: Double, kpi: KPI) -> Message {
        let shown = number(value, kpi: kpi)
        guard let unit = SourceUnit(rawValue: kpi.unit) else { return Message.Kpi.amountAsGiven(number: shown, unit: kpi.unit) }
        return unit.amount(count: NumberText.isWhole(value) ? Int(value) : 2, number: shown)
    }

    /// The unit column: the source's unit in Japanese, its English word in English.
    public static func unit(_ kpi: KPI, in language: Language) -> String {
        SourceUnit(rawValue: kpi.unit).map { $0.word.text(in: language) } ?? kpi.unit
    }

    /// The source's units muniplan has English words for.
    enum SourceUnit: String {
        case bodies = "団体", times = "回", cases = "件"

        var word: Message {
            switch self {
            case .bodies: Message.Kpi.unitBodies
            case .times: Message.Kpi.unitTimes
            case .cases: Message.Kpi.unitCases
            }
        }

        func amount(count: Int, number: String) -> Message {
            switch self {
            case .bodies: Message.Kpi.amountBodies(count: count, number: number)
            case .times: Message.Kpi.amountTimes(count: count, number: number)
            case .cases: Message.Kpi.amountCases(count: count, number: number)
            }
        }
    }

    /// `met` / `達成`, `short by 19` / `未達（あと19団体）`.
    public static func status(_ r: KPIResult, language: Language = .english) -> String {
        statusMessage(r).text(in: language)
    }

    public static func statusMessage(_ r: KPIResult) -> Message {
        switch r.status {
        case .met: Message.Kpi.met
        case let .over(by): Message.Kpi.over(by: Quantity(number: number(by, kpi: r.kpi), unit: r.kpi.unit))
        case let .short(by): Message.Kpi.short(by: Quantity(number: number(by, kpi: r.kpi), unit: r.kpi.unit))
        case .notPlanned: Message.Kpi.notPlanned
        case .noTarget: Message.Kpi.noTarget
        }
    }

    /// An amount as each language writes it in a status: `19` in English (as before), with
    /// its unit in Japanese (`19団体`), which counts with units.
    struct Quantity: MessageArgument {
        let number: String
        let unit: String

        func text(in language: Language) -> String { language == .japanese ? number + unit : number }
    }
}

extension KPI.Kind {
    /// `bodies` / `団体数`: the raw value in English, as exports and scripts know it.
    public var name: Message {
        switch self {
        case .bodies: Message.Kpi.kindBodies
        case .cumulativeBodies: Message.Kpi.kindCumulativeBodies
        case .events: Message.Kpi.kindEvents
        case .rate: Message.Kpi.kindRate
        case .volume: Message.Kpi.kindVolume
        }
    }
}
