/// What a report shows: one measure or every one, in which fiscal year, in it or through it.
public struct ReportOptions: Sendable, Equatable {
    /// The measure to map; nil maps the number of measures covering each municipality.
    public var measure: Measure?
    /// The year asked for; nil shows coverage in `currentYear` and each KPI in its own year.
    public var fiscalYear: FiscalYear?
    /// The year edits apply to (the session's), used when none is asked for.
    public var currentYear: FiscalYear
    /// Covered in any year through the year, not in it only.
    public var cumulative: Bool

    public init(measure: Measure? = nil, fiscalYear: FiscalYear? = nil, currentYear: FiscalYear, cumulative: Bool = false) {
        self.measure = measure
        self.fiscalYear = fiscalYear
        self.currentYear = currentYear
        self.cumulative = cumulative
    }

    /// The year coverage is shown in.
    public var year: FiscalYear { fiscalYear ?? currentYear }
}
