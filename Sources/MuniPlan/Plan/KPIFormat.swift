/// How KPI figures and statuses read, in tables and in messages.
public enum KPIFormat {
    public static func cell(_ value: Double, kpi: KPI) -> Table.Cell {
        // isWhole means below 10^15: the conversion is exact.
        kpi.kind == .rate ? .decimal(value, places: 1) : (NumberText.isWhole(value) ? .integer(Int(saturating: value)) : .decimal(value, places: 2))
    }

    public static func number(_ value: Double, kpi: KPI) -> String { cell(value, kpi: kpi).display }

    /// `19団体`, `42団体（累計）`; `—` where the data set states no target.
    public static func target(_ kpi: KPI) -> String {
        guard let target = kpi.target else { return "—" }
        return "\(number(target, kpi: kpi))\(kpi.unit)\(kpi.kind == .cumulativeBodies ? "（累計）" : "")"
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
