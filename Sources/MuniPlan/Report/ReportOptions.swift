/// What a report shows: one measure or every one, in which fiscal year, in it or through
/// it; and what its header names: the scenario and the date.
public struct ReportOptions: Sendable, Equatable {
    /// The measure to map; nil maps the number of measures covering each municipality.
    public var measure: Measure?
    /// The year asked for; nil shows coverage in `currentYear` and each KPI in its own year.
    public var fiscalYear: FiscalYear?
    /// The year edits apply to (the session's), used when none is asked for.
    public var currentYear: FiscalYear
    /// Covered in any year through the year, not in it only.
    public var cumulative: Bool
    /// The plan or scenario named in the header (`案A`); none when nil.
    public var scenario: String?
    /// The date of the report in its header; none when nil (the report never reads the clock).
    public var date: ReportDate?

    public init(measure: Measure? = nil, fiscalYear: FiscalYear? = nil, currentYear: FiscalYear, cumulative: Bool = false,
                scenario: String? = nil, date: ReportDate? = nil) {
        self.measure = measure
        self.fiscalYear = fiscalYear
        self.currentYear = currentYear
        self.cumulative = cumulative
        self.scenario = scenario
        self.date = date
    }

    /// The year coverage is shown in.
    public var year: FiscalYear { fiscalYear ?? currentYear }
}
