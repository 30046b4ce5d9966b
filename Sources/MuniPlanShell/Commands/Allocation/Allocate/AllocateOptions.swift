import MuniPlan

/// What `allocate` was asked, as typed: bodies are resolved and the engine's request built
/// when it runs.
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
    /// Seconds the search may take (`--time-limit`); past them the best choice found is kept, not proven.
    public var timeLimit: Double?

    public init(measure: String) { self.measure = measure }
}
