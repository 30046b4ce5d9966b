/// The sheet a table is written to, in the reader's language: `coverage` → 実施状況.
/// A table without a catalogue name keeps its own (`SheetName` mends it for Excel).
public enum WorkbookSheetName {
    /// `detail` follows the name where the table is one of several (the measure of an
    /// allocation).
    public static func of(_ table: Table, detail: String? = nil, in language: Language) -> String {
        message(for: table.name, detail: detail)?.text(in: language) ?? table.name
    }

    static func message(for name: String, detail: String?) -> Message? {
        switch name {
        case "coverage": Message.Xlsx.sheetCoverage
        case "coverage-by-district": Message.Xlsx.sheetCoverageByDistrict
        case "kpi": Message.Xlsx.sheetKpi
        case "plan": Message.Xlsx.sheetPlan
        case "bodies": Message.Xlsx.sheetBodies
        case "allocation": Message.Xlsx.sheetAllocation(measure: detail ?? "")
        case "simulation-kpi": Message.Xlsx.sheetSimulationKpi
        case "simulation-rates": Message.Rates.sheet
        case "simulation-drivers": Message.Xlsx.sheetSimulationDrivers
        case "simulation-districts": Message.Xlsx.sheetSimulationDistricts
        case "simulation-bodies": Message.Xlsx.sheetSimulationBodies
        case "sources": Message.Xlsx.sheetSources
        case "trend-chart": Message.Report.sheetTrend
        default: nil
        }
    }
}
