/// The operator of `expect … OP N`; equality allows for floating-point noise.
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
