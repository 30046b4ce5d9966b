/// What the fast search could not close within its node budget, GLPK closes: it starts
/// from the fast search's best choice and proves the optimum (or improves it and proves
/// that). Determinism: GLPK is deterministic for the same model, and the model is built
/// from the instance alone. The tie rule survives: a second GLPK run, with the optimum cut
/// off, tells whether another choice is as good; if one does, the fast search's rank-order
/// pass (`applyTieRule`) picks the rule's choice, and GLPK only when that pass met none.
/// `seconds` bounds the whole fallback, every solve included.
extension BudgetSearch {
    static func certify(_ instance: KnapsackInstance, _ root: LagrangianRelaxation, _ unproven: Solution,
                        nodeLimit: Int, stop: StopCheck, seconds: Double?) -> Solution {
        let deadline = Deadline(seconds: seconds)
        guard GLPKSolver.holdsExactly(instance), !deadline.expired,
              let outcome = GLPKSolver.solve(instance, incumbent: unproven.chosen, stop: stop, seconds: deadline.remaining),
              let found = outcome.chosen, value(found, instance) >= value(unproven.chosen, instance) else {
            return unproven
        }
        var solution = unproven
        solution.chosen = found
        guard outcome.proven, !stop.requested(), !deadline.expired else { return solution }
        // The best choice other than `found` (GLPK maximises): as good means a tie, worse
        // (or none at all) means `found` is the only optimum. No "at least the optimum" row:
        // with GLPK's relative row tolerance it made the LP numerically fragile.
        guard let second = GLPKSolver.solve(instance, incumbent: nil, excluding: found, stop: stop, seconds: deadline.remaining)
        else { return solution }
        let secondValue = second.chosen.map { value($0, instance) }
        let tied = secondValue == value(found, instance)
        guard (second.proven && (secondValue ?? .min) < value(found, instance)) || tied else { return solution }
        solution.proven = true
        guard tied, let tie = second.chosen else { return solution }
        let ruled = applyTieRule(instance, root, solution, tie: tie, nodeLimit: nodeLimit)
        solution = ruled.solution
        guard !ruled.metOptimum,
              let canonical = lexicographicallyGreatest(instance, root, optimum: found, stop: stop, deadline: deadline)
        else { return solution }
        // The rank-order pass met no optimal choice within its nodes: GLPK applied the rule.
        solution.chosen = canonical
        solution.tie = [found, tie].first { $0 != canonical }
        return solution
    }

    /// The tie rule by GLPK: item by item in rank order, take it if some optimal choice
    /// that agrees with the decisions so far contains it. The optimum narrows the instance
    /// first (fixing against its value settles the bodies no optimal choice can change), and
    /// a known optimal choice that contains the item answers without a solve. One model,
    /// its bounds changed between solves. Nil when a solve fails or proves nothing in time.
    static func lexicographicallyGreatest(_ instance: KnapsackInstance, _ root: LagrangianRelaxation,
                                          optimum: [Int], stop: StopCheck, deadline: Deadline) -> [Int]? {
        let narrowed = Narrowed(instance, root, incumbent: optimum)
        let position = Dictionary(uniqueKeysWithValues: narrowed.kept.enumerated().map { ($1, $0) })
        let chosen: [Int]?? = GLPKSolver.withModel(narrowed.instance) { model in
            var current = Set(optimum.compactMap { position[$0] })
            var fixed: [Int: Bool] = [:]
            for t in 0..<narrowed.instance.count {
                fixed[t] = true
                guard !current.contains(t) else { continue }
                guard !deadline.expired,
                      let outcome = model.solve(incumbent: nil, fixed: fixed, stop: stop, seconds: deadline.remaining)
                else { return nil }
                // GLPK maximises, so a proven best below the optimum means no optimal choice
                // agrees with these decisions; an unproven one (out of time) says nothing.
                if let chosen = outcome.chosen, value(chosen, narrowed.instance) >= narrowed.threshold {
                    current = Set(chosen)
                } else if outcome.proven {
                    fixed[t] = false
                } else {
                    return nil
                }
            }
            return current.sorted()
        }
        return (chosen ?? nil).map(narrowed.lift)
    }

    /// One time limit for the whole fallback: each solve gets what is left of it.
    struct Deadline: Sendable {
        let start = ContinuousClock.now
        /// Nil: no limit.
        let seconds: Double?

        /// Seconds left (never below 0); nil without a limit.
        var remaining: Double? {
            guard let seconds else { return nil }
            let (whole, fraction) = (ContinuousClock.now - start).components
            return max(0, seconds - (Double(whole) + Double(fraction) * 1e-18))
        }

        var expired: Bool { remaining.map { $0 <= 0 } ?? false }
    }
}
