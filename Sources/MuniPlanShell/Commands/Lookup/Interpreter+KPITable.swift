import MuniPlan

/// The KPI table: `kpi` prints it, `export kpi` writes it.
extension Interpreter {
    /// The KPI table in the year asked for, or each KPI in its own year.
    func kpiTable(fy: String?, language: Language) throws(ShellError) -> Table {
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        return KPITable.make(session.plan, dataset: session.dataset, year: year, language: language)
    }
}
