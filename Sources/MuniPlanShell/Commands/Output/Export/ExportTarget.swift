import MuniPlan

/// What `export` writes: one table, with what that table needs. Parsed once, from
/// `export WHAT [MEASURE|PART]`; help, completion and errors list `Kind.allCases`.
public enum ExportTarget: Sendable, Equatable {
    case coverage, kpi, plan, bodies
    /// The last allocation of a measure in the current year.
    case allocation(measure: String)
    /// One table of the last simulation (its KPI table unless a part is named).
    case simulation(SimulationTablePart)
    /// Every table of the session in one .xlsx workbook, for the meeting.
    case workbook
    /// Where the data came from, with the attribution and licence texts (`Attribution`).
    case sources
    /// Every observation of a measure's series, a row a body and date.
    case trend(measure: String)
    /// The last `forecast`, a row a unit and date.
    case forecast

    /// The word after `export`, in the order help lists them.
    public enum Kind: String, CaseIterable, Sendable {
        case coverage, kpi, plan, bodies, allocation, simulation, workbook, sources
        case trend, forecast

        /// The words, as help and errors list them.
        public static var words: [String] { allCases.map(\.rawValue) }

        /// The word with what follows it, as the usage line shows it.
        var usage: String {
            switch self {
            case .allocation: "allocation MEASURE"
            case .simulation: "simulation [PART]"
            case .trend: "trend MEASURE"
            case .forecast: "forecast"
            case .coverage, .kpi, .plan, .bodies, .workbook, .sources: rawValue
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .coverage: .coverage
        case .kpi: .kpi
        case .plan: .plan
        case .bodies: .bodies
        case .allocation: .allocation
        case .simulation: .simulation
        case .workbook: .workbook
        case .sources: .sources
        case .trend: .trend
        case .forecast: .forecast
        }
    }

    /// The target of `kind` with the word after it, if any (a measure, a simulation part).
    init(_ kind: Kind, argument: String?, _ args: Arguments) throws(ShellError) {
        func alone(_ target: ExportTarget) throws(ShellError) -> ExportTarget {
            if let extra = argument { throw args.usageError(Message.Shell.unexpectedWord(word: Excerpt.of(extra))) }
            return target
        }
        switch kind {
        case .coverage: self = try alone(.coverage)
        case .kpi: self = try alone(.kpi)
        case .plan: self = try alone(.plan)
        case .bodies: self = try alone(.bodies)
        case .workbook: self = try alone(.workbook)
        case .sources: self = try alone(.sources)
        case .forecast: self = try alone(.forecast)
        case .trend:
            guard let measure = argument else { throw args.usageError(Message.Series.exportTrendNeedsMeasure) }
            self = .trend(measure: measure)
        case .allocation:
            guard let measure = argument else { throw args.usageError(Message.Usage.exportAllocationNeedsMeasure) }
            self = .allocation(measure: measure)
        case .simulation:
            let word = argument ?? SimulationTablePart.kpi.rawValue
            guard let part = SimulationTablePart(rawValue: word) else { throw .unknownSimulationPart(word) }
            self = .simulation(part)
        }
    }
}
