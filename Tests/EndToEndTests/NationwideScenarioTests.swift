import Foundation
import TestSupport
import Testing

/// The nationwide scenarios (scenarios/japan) pass with the nationwide data, and the one
/// that sets targets is judged against them by kpi and by simulate --exact.
@Suite struct NationwideScenarioTests {
    static let folder = repositoryRoot.appendingPathComponent("scenarios/japan")

    @Test("muniplan --data Data/japan check scenarios/japan passes every file",
          .enabled(if: FileManager.default.fileExists(atPath: folder.path), "no scenarios/japan folder"))
    func check() throws {
        let result = try muniplan(["--data", "Data/japan", "check", "scenarios/japan"], in: repositoryRoot, timeout: 300)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("ok    scenarios/japan/tohoku-targets.plan"), "\(result)")
        #expect(result.stdoutLines.filter { !$0.isEmpty }.last?.hasSuffix(" passed, 0 failed") == true, "\(result)")
    }

    @Test("tohoku-targets.plan: kpi says the targets are the plan's, and the exact odds use them",
          .enabled(if: FileManager.default.fileExists(atPath: folder.path), "no scenarios/japan folder"))
    func targets() throws {
        let result = try muniplan(["--data", "Data/japan", "scenarios/japan/tohoku-targets.plan"], in: repositoryRoot, timeout: 300)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("targets set in this plan, not the source's: seminar, online-rate, smart-city, mynumber, advisor, ict-grant-41, ict-grant-42, e-application, security-cloud"), "\(result)")
        #expect(result.stdout.contains("P(meet) by FY2025, exact: smart-city ≥ 9: 1.0000, ict-grant-41 ≥ 179: 1.0000, ict-grant-42 ≥ 250: 0.1853"), "\(result)")
    }
}
