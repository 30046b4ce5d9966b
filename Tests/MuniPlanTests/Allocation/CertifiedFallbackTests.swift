import Testing
@testable import MuniPlan

/// The certified fallback's edges: its time limit.
@Suite struct CertifiedFallbackTests {
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
}
