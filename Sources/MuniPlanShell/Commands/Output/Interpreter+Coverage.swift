import MuniPlan

/// The coverage query a command's words name, for `coverage` and `export coverage`.
extension Interpreter {
    /// The coverage query for a command's words; its tables are built in the core.
    func coverageTables(measures ids: [String], fy: String?, cumulative: Bool) throws(ShellError) -> Coverage {
        let measures: [Measure]
        do { measures = try CoverageQuery.measures(ids, in: session.dataset) } catch { throw .plan(error) }
        // The measures are checked before the year, so a line with both wrong names the measure.
        let year = try fy.map { (t: String) throws(ShellError) in try session.fiscalYear(t) } ?? session.year
        return Coverage(session.plan, dataset: session.dataset,
                        query: CoverageQuery(measures: measures, year: year, cumulative: cumulative))
    }
}
