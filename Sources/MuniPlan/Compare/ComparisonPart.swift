/// The tables `compare` shows, in the order it shows them. A table's name is
/// `compare-` and the raw value (its JSON schema `muniplan.compare-kpi/2`, …).
public enum ComparisonPart: String, CaseIterable, Sendable {
    case kpi, coverage, districts, differences, allocations, odds

    public var tableName: String { "compare-" + rawValue }

    /// The part a table of that name is.
    public init?(tableName: String) {
        guard tableName.hasPrefix("compare-") else { return nil }
        self.init(rawValue: String(tableName.dropFirst("compare-".count)))
    }

    /// Its sheet in an .xlsx export.
    public var sheetName: Message {
        switch self {
        case .kpi: Message.Compare.sheetKpi
        case .coverage: Message.Compare.sheetCoverage
        case .districts: Message.Compare.sheetDistricts
        case .differences: Message.Compare.sheetDifferences
        case .allocations: Message.Compare.sheetAllocations
        case .odds: Message.Compare.sheetOdds
        }
    }
}
