/// Improves a feasible choice by single moves until none helps: take one more body, drop a
/// body with a negative score, or swap one body for a better one. Knapsacks whose scores
/// track their costs defeat depth-first search at finding good choices (filling the budget
/// is a subset-sum question); swaps fill it well, and a better incumbent lets fixing settle
/// far more bodies. Work is capped so the heuristic never dominates.
enum KnapsackLocalSearch {
    static func improve(_ choice: [Int], _ instance: KnapsackInstance, budget operations: Int = 4_000_000) -> [Int] {
        var chosen = [Bool](repeating: false, count: instance.count)
        var count = [Int](repeating: 0, count: instance.districtCount)
        var cost: Int64 = 0
        for i in choice {
            chosen[i] = true
            count[instance.district[i]] += 1
            cost += instance.w[i]
        }
        var total = choice.count
        var work = 0
        // Candidates to bring in, best score first.
        let byScore = (0..<instance.count).sorted { instance.q[$0] != instance.q[$1] ? instance.q[$0] > instance.q[$1] : $0 < $1 }
        while work < operations {
            var inside = byScore.filter { chosen[$0] }
            inside.reverse()    // weakest first
            var best: (gain: Int64, out: Int?, in: Int?) = (0, nil, nil)
            // Drops of negative scores.
            for i in inside where instance.q[i] < 0 && count[instance.district[i]] > instance.lower[instance.district[i]] {
                if -instance.q[i] > best.gain { best = (-instance.q[i], i, nil) }
            }
            for j in byScore where !chosen[j] {
                let dj = instance.district[j]
                guard instance.q[j] - (inside.first.map { instance.q[$0] } ?? 0) > best.gain || total < instance.slots else { break }
                // Take it outright.
                if total < instance.slots, count[dj] < instance.upper[dj], cost + instance.w[j] <= instance.capacity,
                   instance.q[j] > best.gain {
                    best = (instance.q[j], nil, j)
                }
                // Swap it for the weakest body it can replace.
                for i in inside {
                    work += 1
                    let gain = instance.q[j] - instance.q[i]
                    guard gain > best.gain else { break }
                    let di = instance.district[i]
                    guard di == dj || (count[di] > instance.lower[di] && count[dj] < instance.upper[dj]) else { continue }
                    guard cost - instance.w[i] + instance.w[j] <= instance.capacity else { continue }
                    best = (gain, i, j)
                    break
                }
            }
            guard best.gain > 0 else { break }
            if let i = best.out {
                chosen[i] = false
                count[instance.district[i]] -= 1
                cost -= instance.w[i]
                total -= 1
            }
            if let j = best.in {
                chosen[j] = true
                count[instance.district[j]] += 1
                cost += instance.w[j]
                total += 1
            }
            work += instance.count
        }
        return (0..<instance.count).filter { chosen[$0] }
    }
}
