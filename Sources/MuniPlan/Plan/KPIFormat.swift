/// How KPI figures and statuses read, in tables and in messages.
public enum KPIFormat {
    public static func cell(_ value: Double, kpi: KPI) -> Table.Cell {
        // isWhole means below 10^15: the conversion is exact.
        kpi.kind == .rate ? .decimal(value, places: 1) : (NumberText.isWhole(value) ? .integer(Int(saturating: value)) : .decimal(value, places: 2))
    }

    public static func number(_ value: Double, kpi: KPI) -> String { cell(value, kpi: kpi).display }

    public static func target(_ kpi: KPI) -> String {
        "\(number(kpi.target, kpi: kpi))\(kpi.unit)\(kpi.kind == .cumulativeBodies ? "（累計）" : "")"
    }

    public static func status(_ r: KPIResult, language: Language = .english) -> String {
        statusMessage(r).text(in: language)
    }

    /// `short by 19` / `未達（あと19団体）`.
    public static func statusMessage(_ r: KPIResult) -> Message {
        switch r.status {
        case .met: Message.Plan.statusMet
        case let .over(by): Message.Plan.statusOver(by: Amount(number: number(by, kpi: r.kpi), unit: r.kpi.unit))
        case let .short(by): Message.Plan.statusShort(by: Amount(number: number(by, kpi: r.kpi), unit: r.kpi.unit))
        case .notPlanned: Message.Plan.statusNotPlanned
        }
    }

    /// A gap as each language states it: the number alone in English (as tables have always
    /// read), with the KPI's unit in Japanese (`19団体`).
    private struct Amount: MessageArgument {
        let number: String
        let unit: String
        func text(in language: Language) -> String { language == .japanese ? number + unit : number }
    }
}
