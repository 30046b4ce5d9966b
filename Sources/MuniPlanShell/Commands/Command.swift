import MuniPlan

/// A parsed command: a value the interpreter executes, `help` describes and `save` writes.
public enum Command: Sendable, Equatable {
    case fy(String?)
    case assign(measure: String, bodies: [String])
    case unassign(measure: String, bodies: [String])
    case capacity(measure: String, change: CapacityChange?)
    case set(kpi: String, value: Double?)
    case weight(feature: String, value: Double)
    case weights(WeightsAction)
    case indicatorsLoad(String)
    case indicatorsSet(name: String, values: [String: Double])
    case indicators
    case allocate(AllocateOptions)
    case explain(measure: String, body: String?)
    case reset
    case snapshot(String)
    case snapshots
    case diff(String?, String?)
    case coverage(CoverageOptions)
    case export(ExportRequest)
    case report(ReportRequest)
    case simulate(SimulateOptions)

    public enum WeightsAction: Sendable, Equatable { case show, clear, defaults }
    public enum CapacityChange: Sendable, Equatable { case set(Int), reset }
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

public struct ReportRequest: Sendable, Equatable {
    public var path: String
    public var measure: String?
    public var fy: String?
    public var cumulative = false
    public var force = false
}
