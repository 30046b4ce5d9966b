/// One body offered to an allocation, already scored and filtered by the caller.
///
/// The engine knows nothing about bodies: the caller computes the need score, the cost
/// (only needed with a budget) and eligibility, and drops bodies `--new-only` rules out.
public struct AllocationCandidate: Sendable, Hashable {
    /// The body's identity (its code); unique among the candidates of one request.
    public let code: String
    /// The district the body belongs to; must be one of `AllocationRequest.districts`.
    public let district: String
    /// The need score: higher means more need. Must be finite; may be negative.
    public let score: Double
    /// What choosing the body costs against a budget; finite and not negative.
    public let cost: Double?
    /// The tie-break key: between equal scores the smaller `order` wins (code order).
    public let order: Int

    public init(code: String, district: String, score: Double, cost: Double? = nil, order: Int) {
        self.code = code
        self.district = district
        self.score = score
        self.cost = cost
        self.order = order
    }
}
