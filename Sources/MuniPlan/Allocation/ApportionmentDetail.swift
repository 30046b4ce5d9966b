/// How an apportionment divided the seats.
public struct ApportionmentDetail: Sendable, Equatable {
    public let method: ApportionMethod
    public let basis: ApportionBasis
    public let seats: Int
    public let totalWeight: Double
    /// Every district of the request, in display order.
    public let rows: [ApportionmentRow]
    public let ties: [DistrictTie]

    public init(method: ApportionMethod, basis: ApportionBasis, seats: Int, totalWeight: Double,
                rows: [ApportionmentRow], ties: [DistrictTie]) {
        self.method = method
        self.basis = basis
        self.seats = seats
        self.totalWeight = totalWeight
        self.rows = rows
        self.ties = ties
    }
}

/// One district's part in an apportionment.
public struct ApportionmentRow: Sendable, Equatable {
    public let district: String
    public let weight: Double
    /// Standard quota: seats × weight ÷ total weight.
    public let quota: Double
    /// Hamilton: the whole part of the quota in the round that settled the district.
    public let floor: Int?
    /// Hamilton: the fractional part of that quota.
    public let remainder: Double?
    /// Divisor methods: weight ÷ divisor for its 1st, 2nd, … seat, one past those won.
    public let priorities: [Double]
    /// Divisor methods: the order in which it won its seats (1 = first seat awarded).
    public let seatNumbers: [Int]
    public let seats: Int
    /// The most it could take (eligible bodies, or the maximum per district).
    public let cap: Int
    /// True when the cap, not the method, set its seats.
    public let capped: Bool

    public init(district: String, weight: Double, quota: Double, floor: Int?, remainder: Double?,
                priorities: [Double], seatNumbers: [Int], seats: Int, cap: Int, capped: Bool) {
        self.district = district
        self.weight = weight
        self.quota = quota
        self.floor = floor
        self.remainder = remainder
        self.priorities = priorities
        self.seatNumbers = seatNumbers
        self.seats = seats
        self.cap = cap
        self.capped = capped
    }
}
