/// Apportionment of seats among districts with caps, by one of the classic methods.
///
/// Weights are compared exactly: when every weight is a whole number (populations, body
/// counts) as integers; otherwise rounded to 6 decimals first. Remainders and priorities
/// are compared by cross-multiplication in 128-bit integers, so ties are exact.
/// A district over its cap keeps its cap and the method continues without it. Districts
/// that weigh 0 get nothing. Ties are broken by display order and reported.
struct Apportionment {
    let seats: [Int]
    let rows: [ApportionmentRow]
    let ties: [DistrictTie]

    /// `names` only label the rows; `weights` and `caps` are per district in display order.
    init(method: ApportionMethod, seats total: Int, names: [String], weights: [Double],
         caps: [Int]) throws(AllocationError) {
        let exact = Self.integerWeights(weights)
        let placeable = weights.indices.reduce(0) { $0 + (exact[$1] > 0 ? caps[$1] : 0) }
        guard total <= placeable else { throw .weightlessSeats(placeable: placeable, count: total) }
        let totalWeight = weights.reduce(0, +)
        let quota = { (d: Int) in totalWeight > 0 ? Double(total) * weights[d] / totalWeight : 0 }
        switch method {
        case .hamilton:
            let result = Self.hamilton(total, exact, caps)
            seats = result.seats
            ties = result.tie.map { [Self.tie($0, names)] } ?? []
            rows = names.indices.map { d in
                ApportionmentRow(district: names[d], weight: weights[d], quota: quota(d),
                                 floor: result.floors[d], remainder: result.remainders[d],
                                 priorities: [], seatNumbers: [], seats: result.seats[d], cap: caps[d],
                                 capped: result.capped[d])
            }
        case .dhondt, .webster, .huntingtonHill:
            let result = Self.divisor(method, total, exact, caps)
            seats = result.seats
            ties = result.tie.map { [Self.tie($0, names)] } ?? []
            rows = names.indices.map { d in
                let priorities = (0...result.seats[d]).map {
                    ApportionPriority(method: method, weight: exact[d], seats: $0).value(weights[d])
                }
                return ApportionmentRow(district: names[d], weight: weights[d], quota: quota(d), floor: nil,
                                        remainder: nil, priorities: exact[d] > 0 ? priorities : [],
                                        seatNumbers: result.order[d], seats: result.seats[d], cap: caps[d],
                                        capped: result.capped[d])
            }
        }
    }

    /// Whole weights as they are; others at 6 decimals.
    static func integerWeights(_ weights: [Double]) -> [Int64] {
        let whole = weights.allSatisfy { $0 == $0.rounded() && $0 < 9e15 }
        // Weights are finite and ≥ 0 (ApportionAllocator checks): whole ones are below 9e15,
        // the others capped at 9e18 — in Int64's range either way.
        return weights.map { Int64(saturating: whole ? $0 : min(($0 * 1e6).rounded(), 9e18)) }
    }

    struct RawTie { let winners: [Int]; let losers: [Int]; let value: Double }

    static func tie(_ raw: RawTie, _ names: [String]) -> DistrictTie {
        DistrictTie(winners: raw.winners.map { names[$0] }, losers: raw.losers.map { names[$0] }, value: raw.value)
    }

    /// Largest remainder: floors of the quotas, then the places left by remainder. A
    /// district whose floor reaches its cap is settled at the cap and the rest re-divided.
    static func hamilton(_ total: Int, _ weights: [Int64], _ caps: [Int])
        -> (seats: [Int], floors: [Int?], remainders: [Double?], capped: [Bool], tie: RawTie?) {
        let n = weights.count
        var seats = [Int](repeating: 0, count: n)
        var floors = [Int?](repeating: nil, count: n)
        var remainders = [Double?](repeating: nil, count: n)
        var capped = [Bool](repeating: false, count: n)
        var active = (0..<n).filter { weights[$0] > 0 && caps[$0] > 0 }
        var left = total
        while left > 0, !active.isEmpty {
            let sum = active.reduce(Int128(0)) { $0 + Int128(weights[$1]) }
            let share = { (d: Int) in (Int128(left) * Int128(weights[d])).quotientAndRemainder(dividingBy: sum) }
            let over = active.filter { share($0).quotient >= Int128(caps[$0]) }
            if !over.isEmpty {
                for d in over {
                    seats[d] = caps[d]
                    capped[d] = true
                    floors[d] = caps[d]
                    left -= caps[d]
                }
                active.removeAll { over.contains($0) }
                continue
            }
            var rest = left
            for d in active {
                let (quotient, remainder) = share(d)
                seats[d] = Int(quotient)
                floors[d] = Int(quotient)
                remainders[d] = Double(remainder) / Double(sum)
                rest -= Int(quotient)
            }
            let ranked = active.sorted {
                let a = share($0).remainder, b = share($1).remainder
                return a != b ? a > b : $0 < $1
            }
            for d in ranked.prefix(rest) { seats[d] += 1 }
            var tie: RawTie?
            if rest > 0, rest < ranked.count, share(ranked[rest - 1]).remainder == share(ranked[rest]).remainder {
                let value = share(ranked[rest]).remainder
                tie = RawTie(winners: ranked.prefix(rest).filter { share($0).remainder == value },
                             losers: ranked.dropFirst(rest).filter { share($0).remainder == value },
                             value: Double(value) / Double(sum))
            }
            return (seats, floors, remainders, capped, tie)
        }
        return (seats, floors, remainders, capped, nil)
    }

    /// Highest averages: seat after seat to the open district with the highest priority
    /// (weight ÷ divisor of its seats so far), ties to the earlier district.
    static func divisor(_ method: ApportionMethod, _ total: Int, _ weights: [Int64], _ caps: [Int])
        -> (seats: [Int], order: [[Int]], tie: RawTie?, capped: [Bool]) {
        let n = weights.count
        var seats = [Int](repeating: 0, count: n)
        var order = [[Int]](repeating: [], count: n)
        var last: ApportionPriority?
        var lastWinners: [Int] = []
        let priority = { (d: Int) in ApportionPriority(method: method, weight: weights[d], seats: seats[d]) }
        for seat in stride(from: 1, through: total, by: 1) {
            var best: Int?
            for d in 0..<n where weights[d] > 0 && seats[d] < caps[d] {
                if let b = best, !(priority(d) > priority(b)) { continue }
                best = d
            }
            guard let d = best else { break }
            let p = priority(d)
            if let l = last, l == p { lastWinners.append(d) } else { lastWinners = [d] }
            last = p
            seats[d] += 1
            order[d].append(seat)
        }
        // A tie decides the result when an open district asks as much as the last seat got.
        var tie: RawTie?
        if let last {
            let losers = (0..<n).filter { weights[$0] > 0 && seats[$0] < caps[$0] && priority($0) == last }
            if !losers.isEmpty {
                let d = lastWinners[0]
                let value = ApportionPriority(method: method, weight: weights[d], seats: seats[d] - 1).value(Double(weights[d]))
                tie = RawTie(winners: Array(Set(lastWinners)).sorted(), losers: losers, value: value)
            }
        }
        let capped = (0..<n).map { d in
            weights[d] > 0 && seats[d] == caps[d] && last.map { priority(d) >= $0 } == true
        }
        return (seats, order, tie, capped)
    }
}

/// weight ÷ divisor(seats), compared exactly. Huntington–Hill's divisor for a district
/// without seats is 0: every such district comes first, the heavier first.
struct ApportionPriority: Comparable {
    let method: ApportionMethod
    let weight: Int64
    let seats: Int

    private var infinite: Bool { method == .huntingtonHill && seats == 0 }

    /// The priority as a number, for display.
    func value(_ weight: Double) -> Double {
        let s = Double(seats)
        switch method {
        case .hamilton, .dhondt: return weight / (s + 1)
        case .webster: return weight / (s + 0.5)
        case .huntingtonHill: return seats == 0 ? .infinity : weight / (s * (s + 1)).squareRoot()
        }
    }

    static func < (a: ApportionPriority, b: ApportionPriority) -> Bool { compare(a, b) < 0 }
    static func == (a: ApportionPriority, b: ApportionPriority) -> Bool { compare(a, b) == 0 }

    /// Sign of a − b, by cross-multiplying the fractions weight / divisor.
    private static func compare(_ a: ApportionPriority, _ b: ApportionPriority) -> Int {
        if a.infinite || b.infinite {
            if a.infinite != b.infinite { return a.infinite ? 1 : -1 }
            return a.weight == b.weight ? 0 : (a.weight > b.weight ? 1 : -1)
        }
        let (wa, wb) = (Int128(a.weight), Int128(b.weight))
        let (sa, sb) = (Int128(a.seats), Int128(b.seats))
        let left: Int128, right: Int128
        switch a.method {
        case .hamilton, .dhondt:
            (left, right) = (wa * (sb + 1), wb * (sa + 1))
        case .webster:
            (left, right) = (wa * (2 * sb + 1), wb * (2 * sa + 1))
        case .huntingtonHill:
            // wa / √(sa(sa+1)) vs wb / √(sb(sb+1)): compare the squares.
            let x = wa.multipliedReportingOverflow(by: wa), y = wb.multipliedReportingOverflow(by: wb)
            let l = x.partialValue.multipliedReportingOverflow(by: sb * (sb + 1))
            let r = y.partialValue.multipliedReportingOverflow(by: sa * (sa + 1))
            if x.overflow || y.overflow || l.overflow || r.overflow {
                let (pa, pb) = (a.value(Double(a.weight)), b.value(Double(b.weight)))
                return pa == pb ? 0 : (pa > pb ? 1 : -1)
            }
            (left, right) = (l.partialValue, r.partialValue)
        }
        return left == right ? 0 : (left > right ? 1 : -1)
    }
}
