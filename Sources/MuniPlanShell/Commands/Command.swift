import MuniPlan

/// A parsed command: a value the interpreter executes, `help` describes and `save` writes.
public enum Command: Sendable, Equatable {
    case help(String?)
    case bodies([String])
    case show(String)
    case districts, items, measures
    case kpi(fy: String?)
    case allocate(AllocateOptions)
    case explain(measure: String, body: String?)
    case format(OutputFormat?)
    case run(file: String, keepGoing: Bool)
    case save(file: String, force: Bool)
    case expect(Expectation)
    case coverage(CoverageOptions)
    case export(ExportRequest)
    case report(ReportRequest)
    case simulate(SimulateOptions)
    case quit
}

public struct AllocateOptions: Sendable, Equatable {
    public var measure: String
    public var count: Int?
    public var policy: AllocationPolicy = .byNeed
    public var minPerDistrict: Int?
    public var maxPerDistrict: Int?
    public var require: [String] = []
    public var exclude: [String] = []
    public var newOnly = false
    public var budget: Double?
    public var cost: String?
    public var refuseTies = false

    public init(measure: String) { self.measure = measure }
}

public struct CoverageOptions: Sendable, Equatable {
    public var measures: [String] = []
    public var fy: String?
    public var cumulative = false
    public var byDistrict = false
}

public struct ExportRequest: Sendable, Equatable {
    public var target: ExportTarget
    public var path: String
    public var format: String?
    public var excel = false
    public var encoding: String?
    public var force = false
    public var fy: String?
    public var cumulative = false
    public var byDistrict = false
}

/// How tables print.
public enum OutputFormat: String, Sendable, CaseIterable, Equatable {
    case table, csv, tsv, md, json
}

public enum Comparison: String, Sendable, CaseIterable, Equatable {
    case ge = ">=", le = "<=", eq = "==", ne = "!=", gt = ">", lt = "<"

    public init?(word: String) {
        if word == "=" { self = .eq; return }
        guard let c = Comparison(rawValue: word) else { return nil }
        self = c
    }

    public func holds(_ a: Double, _ b: Double) -> Bool {
        let eps = 1e-9
        switch self {
        case .ge: return a >= b - eps
        case .le: return a <= b + eps
        case .eq: return abs(a - b) <= eps
        case .ne: return abs(a - b) > eps
        case .gt: return a > b + eps
        case .lt: return a < b - eps
        }
    }
}

/// What an `expect` line asserts.
public enum Expectation: Sendable, Equatable {
    public enum KPIState: String, Sendable, Equatable, CaseIterable { case met, short, over }
    case kpiState(kpi: String, state: KPIState, fy: String?)
    case kpiValue(kpi: String, comparison: Comparison, value: Double, fy: String?)
    case covered(measure: String, bodies: [String], fy: String?, cumulative: Bool)
    case notCovered(measure: String, bodies: [String], fy: String?, cumulative: Bool)
    case count(selectors: [String], comparison: Comparison, value: Int, fy: String?)
    /// The last simulation's P(count ≥ target) compared with `value`; target nil: the KPI's own.
    case probability(kpi: String, target: Double?, comparison: Comparison, value: Double, fy: String?)
}

public struct ReportRequest: Sendable, Equatable {
    public var path: String
    public var measure: String?
    public var fy: String?
    public var cumulative = false
    public var force = false
}
