import CGLPK
import Synchronization

/// A `KnapsackInstance` as a 0-1 MILP for GLPK's branch and cut: the certified fallback for
/// what the fast search cannot close within its node budget. Scores and costs are exact
/// integers below 2^53 in total (ScoreScale, CostScale), so GLPK's doubles hold them
/// exactly, it recognises the objective as integral (it then prunes with rounded bounds),
/// and every answer is checked exactly against the instance before it is used; callers
/// compare values exactly.
enum GLPKSolver {
    struct Outcome: Sendable {
        /// The best choice GLPK holds, or nil when it has none (with `proven`: none exists).
        var chosen: [Int]?
        /// GLPK finished its search: `chosen` is optimal (or nothing is feasible).
        var proven: Bool
    }

    /// GLPK keeps a per-thread environment and terminal hooks; one solve at a time is simplest.
    private static let lock = Mutex(())

    /// Maximises over `instance`, starting from `incumbent` (handed to GLPK as its first
    /// integer solution). `excluding` cuts that one choice off (the best other choice tells
    /// whether the optimum is tied). Nil when GLPK fails.
    static func solve(_ instance: KnapsackInstance, incumbent: [Int]?, excluding: [Int]? = nil,
                      stop: StopCheck, seconds: Double? = nil) -> Outcome? {
        withModel(instance, excluding: excluding) { $0.solve(incumbent: incumbent, stop: stop, seconds: seconds) } ?? nil
    }

    /// Builds the model of `instance` once and hands it to `body`, which may solve it many
    /// times with different items fixed (the tie rule's pass). Nil when GLPK fails.
    static func withModel<T: Sendable>(_ instance: KnapsackInstance, excluding: [Int]? = nil,
                                       _ body: (Model) -> T) -> T? {
        lock.withLock { _ in
            glp_term_out(GLP_OFF)
            guard let problem = glp_create_prob() else { return nil }
            defer { glp_delete_prob(problem) }
            load(instance, into: problem, excluding: excluding)
            return body(Model(problem: problem, instance: instance))
        }
    }

    /// Whether GLPK's doubles hold every objective and cost sum exactly (below 2^52, with a
    /// bit to spare for its arithmetic); past that its answers prove nothing exact.
    static func holdsExactly(_ instance: KnapsackInstance) -> Bool {
        let limit: Int64 = 1 << 52
        return magnitude(instance) < limit && instance.w.reduce(0) { $0 + abs($1) } < limit
    }

    /// Σ|q|: no objective value of a choice is larger.
    private static func magnitude(_ instance: KnapsackInstance) -> Int64 { instance.q.reduce(0) { $0 + abs($1) } }

    /// Milliseconds for GLPK's `tm_lim`, clamped (a huge limit is no limit, below 0 is 0).
    static func milliseconds(_ seconds: Double) -> Int32 {
        let ms = (seconds * 1000).rounded(.up)
        guard ms < Double(Int32.max) else { return .max }
        return ms > 0 ? Int32(ms) : 0
    }

    /// A loaded model; valid only inside `withModel`'s body.
    struct Model {
        fileprivate let problem: OpaquePointer
        let instance: KnapsackInstance

        /// Maximises with `fixed` items held in (true) or out (false), every other item free.
        func solve(incumbent: [Int]?, fixed: [Int: Bool] = [:], stop: StopCheck, seconds: Double?) -> Outcome? {
            for j in 0..<instance.count {
                let column = Int32(j + 1)
                if let value = fixed[j] {
                    glp_set_col_bnds(problem, column, GLP_FX, value ? 1 : 0, value ? 1 : 0)
                } else {
                    glp_set_col_bnds(problem, column, GLP_DB, 0, 1)
                }
            }
            var simplex = glp_smcp()
            glp_init_smcp(&simplex)
            simplex.msg_lev = GLP_MSG_OFF
            let lp = glp_simplex(problem, &simplex)
            let status = glp_get_status(problem)
            if lp == 0, status == GLP_NOFEAS { return Outcome(chosen: nil, proven: true) }
            guard lp == 0, status == GLP_OPT else { return nil }

            let context = Context(start: incumbent.map { GLPKSolver.start($0, instance.count) }, stop: stop)
            var parameters = glp_iocp()
            glp_init_iocp(&parameters)
            parameters.msg_lev = GLP_MSG_OFF
            parameters.presolve = GLP_OFF   // the callback's solution is for the original columns
            parameters.mip_gap = 0
            // GLPK prunes a node whose LP bound is within tol_obj·(1 + |incumbent|) of the
            // incumbent (default 1e-7: 40,000 units at 4·10^11, and a better choice was
            // pruned). The objective is integral and |incumbent| ≤ Σ|q|, so this keeps the
            // margin below a quarter of a unit at any magnitude: the proof stays exact.
            parameters.tol_obj = 0.25 / (1 + Double(GLPKSolver.magnitude(instance)))
            // No cuts: on 20,000 bodies GLPK's cover and MIR cuts stalled its search (no proof
            // in 50 s) where plain branch and bound proved the optimum in 50 s.
            if let seconds { parameters.tm_lim = GLPKSolver.milliseconds(seconds) }
            parameters.cb_func = { tree, info in
                guard let tree, let info else { return }
                let context = Unmanaged<Context>.fromOpaque(info).takeUnretainedValue()
                if context.stop.requested() {
                    glp_ios_terminate(tree)
                } else if glp_ios_reason(tree) == GLP_IHEUR, !context.given, let start = context.start {
                    context.given = true
                    _ = start.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
                }
            }
            let result: Int32 = withExtendedLifetime(context) {
                parameters.cb_info = Unmanaged.passUnretained(context).toOpaque()
                return glp_intopt(problem, &parameters)
            }
            let mip = glp_mip_status(problem)
            if mip == GLP_NOFEAS { return Outcome(chosen: nil, proven: result == 0) }
            guard mip == GLP_OPT || mip == GLP_FEAS else { return incumbent.map { Outcome(chosen: $0, proven: false) } }
            let chosen = (0..<instance.count).filter { glp_mip_col_val(problem, Int32($0 + 1)) > 0.5 }
            guard instance.admits(chosen) else { return nil }
            return Outcome(chosen: chosen, proven: result == 0 && mip == GLP_OPT)
        }
    }

    fileprivate final class Context {
        let start: [Double]?
        let stop: StopCheck
        var given = false
        init(start: [Double]?, stop: StopCheck) { (self.start, self.stop) = (start, stop) }
    }

    /// GLPK's arrays count from 1.
    fileprivate static func start(_ choice: [Int], _ count: Int) -> [Double] {
        var x = [Double](repeating: 0, count: count + 1)
        for i in choice { x[i + 1] = 1 }
        return x
    }

    private static func load(_ instance: KnapsackInstance, into problem: OpaquePointer, excluding: [Int]?) {
        let n = instance.count
        glp_set_obj_dir(problem, GLP_MAX)
        glp_add_cols(problem, Int32(n))
        for j in 0..<n {
            glp_set_col_kind(problem, Int32(j + 1), GLP_BV)
            glp_set_obj_coef(problem, Int32(j + 1), Double(instance.q[j]))
        }
        var rows: [(kind: Int32, low: Double, high: Double, entries: [(Int, Double)])] = []
        rows.append((GLP_UP, 0, Double(instance.capacity), (0..<n).filter { instance.w[$0] != 0 }.map { ($0, Double(instance.w[$0])) }))
        rows.append((GLP_UP, 0, Double(instance.slots), (0..<n).map { ($0, 1) }))
        var members = [[Int]](repeating: [], count: instance.districtCount)
        for j in 0..<n { members[instance.district[j]].append(j) }
        for d in 0..<instance.districtCount {
            let low = instance.lower[d], high = min(instance.upper[d], members[d].count)
            guard low > 0 || high < members[d].count else { continue }
            let kind = low == high ? GLP_FX : (low == 0 ? GLP_UP : (high == members[d].count ? GLP_LO : GLP_DB))
            rows.append((kind, Double(low), Double(high), members[d].map { ($0, 1) }))
        }
        if let excluding {
            let inside = Set(excluding)
            rows.append((GLP_UP, 0, Double(inside.count - 1), (0..<n).map { ($0, inside.contains($0) ? 1 : -1) }))
        }
        glp_add_rows(problem, Int32(rows.count))
        var ia: [Int32] = [0], ja: [Int32] = [0], ar: [Double] = [0]
        for (r, row) in rows.enumerated() {
            glp_set_row_bnds(problem, Int32(r + 1), row.kind, row.low, row.high)
            for (j, a) in row.entries {
                ia.append(Int32(r + 1))
                ja.append(Int32(j + 1))
                ar.append(a)
            }
        }
        glp_load_matrix(problem, Int32(ia.count - 1), ia, ja, ar)
    }
}
