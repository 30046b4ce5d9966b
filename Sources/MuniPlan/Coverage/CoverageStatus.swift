/// Where one body stands with one measure in a coverage query.
public enum CoverageStatus: Sendable, Equatable {
    /// Covered; `since` is the first year it was covered through the query's year (the
    /// baseline bucket's year when covered before the plan's first year).
    case covered(since: FiscalYear)
    /// Eligible but not covered.
    case notCovered
    /// The measure cannot cover this kind of body.
    case ineligible

    public var isCovered: Bool {
        if case .covered = self { true } else { false }
    }
}
