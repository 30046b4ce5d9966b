import Testing
@testable import MuniPlan

/// The certified fallback's edges: its time limit, its tie-rule pass, and the magnitudes
/// past which GLPK's doubles prove nothing.
@Suite struct CertifiedFallbackTests {
    /// Three bodies of equal score and cost, room for one: every single body is optimal, and
    /// the tie rule picks the first in rank order.
    static let tied = KnapsackInstance(q: [5, 5, 5], w: [1, 1, 1], district: [0, 0, 0], lower: [0], upper: [3],
                                       slots: 1, capacity: 1)

    static func solution(_ chosen: [Int]) -> BudgetSearch.Solution {
        BudgetSearch.Solution(chosen: chosen, tie: nil, proven: false, nodes: 0, fixed: 0, bound: 0)
    }

    func failure(timeLimit: Double, language: Language = .english) -> String? {
        var request = AllocationRequest(count: 1, districts: ["D"], budget: 10)
        request.timeLimit = timeLimit
        do {
            _ = try Allocator.allocate([AllocationCandidate(code: "a", district: "D", score: 1, cost: 1, order: 0)], request)
            return nil
        } catch {
            return error.message.text(in: language)
        }
    }

    @Test func timeLimitMustBeFiniteAndNotNegative() {
        #expect(failure(timeLimit: -1) == "time limit must be a number of seconds not below 0 (got -1)")
        #expect(failure(timeLimit: .infinity) == "time limit must be a number of seconds not below 0 (got inf)")
        #expect(failure(timeLimit: .nan) == "time limit must be a number of seconds not below 0 (got nan)")
        #expect(failure(timeLimit: -1, language: .japanese) == "時間制限には0以上の秒数を指定してください（-1）")
        #expect(failure(timeLimit: 0) == nil)
        #expect(failure(timeLimit: 1e300) == nil)
    }

    /// GLPK's tm_lim is an Int32 of milliseconds: a huge limit is no limit, never a trap.
    @Test func millisecondsClamp() {
        #expect(GLPKSolver.milliseconds(1e300) == .max)
        #expect(GLPKSolver.milliseconds(0.0015) == 2)
        #expect(GLPKSolver.milliseconds(0) == 0)
        #expect(GLPKSolver.milliseconds(-3) == 0)
    }

    @Test func deadlineCountsDown() {
        #expect(BudgetSearch.Deadline(seconds: 0).expired)
        #expect(BudgetSearch.Deadline(seconds: 0).remaining == 0)
        #expect(!BudgetSearch.Deadline(seconds: nil).expired)
        #expect(BudgetSearch.Deadline(seconds: nil).remaining == nil)
        let hour = BudgetSearch.Deadline(seconds: 3600)
        #expect(!hour.expired && (hour.remaining ?? 0) > 3500)
    }

    /// The rank-order pass says whether it met an optimal choice: met, GLPK's slower pass is
    /// not needed; not met (no nodes), the solution keeps the optimum it was given.
    @Test func tieRuleReportsWhetherItMetAnOptimum() {
        let root = LagrangianRelaxation(Self.tied)
        let met = BudgetSearch.applyTieRule(Self.tied, root, Self.solution([2]), tie: [1], nodeLimit: 100)
        #expect(met.metOptimum && met.solution.chosen == [0])
        let none = BudgetSearch.applyTieRule(Self.tied, root, Self.solution([2]), tie: [1], nodeLimit: 0)
        #expect(!none.metOptimum && none.solution.chosen == [2])
    }

    /// GLPK's tie-rule pass finds the first optimal choice in rank order; out of time it
    /// claims nothing (before the mend a timed-out solve counted as "no optimal choice here").
    @Test func glpkTieRuleIsUnprovenOutOfTime() {
        let root = LagrangianRelaxation(Self.tied)
        #expect(BudgetSearch.lexicographicallyGreatest(Self.tied, root, optimum: [2], stop: StopCheck(),
                                                       deadline: .init(seconds: nil)) == [0])
        #expect(BudgetSearch.lexicographicallyGreatest(Self.tied, root, optimum: [2], stop: StopCheck(),
                                                       deadline: .init(seconds: 0)) == nil)
    }

    /// Past 2^52 GLPK's doubles no longer hold sums exactly: the fallback leaves the best
    /// choice found unproven instead of certifying it.
    @Test func hugeMagnitudesStayUnproven() {
        let big: Int64 = 1 << 51
        let huge = KnapsackInstance(q: [big, big, 1], w: [1, 1, 1], district: [0, 0, 0], lower: [0], upper: [3],
                                    slots: 2, capacity: 2)
        #expect(!GLPKSolver.holdsExactly(huge))
        #expect(GLPKSolver.holdsExactly(Self.tied))
        let result = BudgetSearch.certify(huge, LagrangianRelaxation(huge), Self.solution([0, 2]), nodeLimit: 1,
                                          stop: StopCheck(), seconds: nil)
        #expect(!result.proven && result.chosen == [0, 2])
        let small = BudgetSearch.certify(Self.tied, LagrangianRelaxation(Self.tied), Self.solution([2]), nodeLimit: 100,
                                         stop: StopCheck(), seconds: nil)
        #expect(small.proven && small.chosen == [0])
    }
}
