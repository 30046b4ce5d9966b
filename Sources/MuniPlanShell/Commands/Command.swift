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
    case reset
    case snapshot(String)
    case snapshots
    case diff(String?, String?)

    public enum WeightsAction: Sendable, Equatable { case show, clear, defaults }
    public enum CapacityChange: Sendable, Equatable { case set(Int), reset }
}
