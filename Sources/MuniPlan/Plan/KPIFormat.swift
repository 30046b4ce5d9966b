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

    public static func status(_ r: KPIResult) -> String {
        switch r.status {
        case .met: "met"
        case let .over(by): "met, over by \(number(by, kpi: r.kpi))"
        case let .short(by): "short by \(number(by, kpi: r.kpi))"
        case .notPlanned: "not planned"
        }
    }
}
