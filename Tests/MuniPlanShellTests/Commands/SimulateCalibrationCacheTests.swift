import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// The rate's interval calibration is worked out once a session (`CalibrationCache`): a second
/// `simulate`, or a `forecast` at the same horizon, reuses it and prints the same bytes as a
/// session that works it out afresh.
@Suite struct SimulateCalibrationCacheTests {
    /// A session over a data set loaded for it alone (the shared bundled one's cache is warm).
    func freshSession() throws -> (Interpreter, Dataset) {
        let dataset = try DataLoader.load(directory: bundledDataDirectory.path)
        let interpreter = try makeInterpreter(over: dataset)
        try interpreter.run("run \(Lexer.quote(repositoryRoot.appendingPathComponent("scenarios/fy2022-plan.plan").path))")
        return (interpreter, dataset)
    }

    @Test("two simulates in one session: one calibration, identical output, the same as a fresh session's")
    func twoSimulates() throws {
        let (interpreter, dataset) = try freshSession()
        #expect(dataset.calibrations.count == 0)
        let first = try interpreter.run("simulate --runs 2000 --seed 3").rendered()
        #expect(dataset.calibrations.count == 1)
        #expect(first.contains("mynumber"))
        let second = try interpreter.run("simulate --runs 2000 --seed 3").rendered()
        #expect(dataset.calibrations.count == 1)
        #expect(second == first)
        // Another seed and another plan reuse it too: it does not depend on them.
        try interpreter.run("allocate advisor 19 --min-per-district 1")
        _ = try interpreter.run("simulate --runs 500 --seed 4")
        #expect(dataset.calibrations.count == 1)
        let (cold, _) = try freshSession()
        #expect(try cold.run("simulate --runs 2000 --seed 3").rendered() == first)
    }

    @Test("forecast then simulate at the same horizon share the calibration; simulate --through FY2023 adds its own")
    func sharedWithForecast() throws {
        let (interpreter, dataset) = try freshSession()
        let forecast = try interpreter.run("forecast mynumber --at 2023-03-31").rendered()
        #expect(dataset.calibrations.count == 1)
        _ = try interpreter.run("simulate --runs 500")
        #expect(dataset.calibrations.count == 1)
        #expect(try interpreter.run("forecast mynumber --at 2023-03-31").rendered() == forecast)
        _ = try interpreter.run("simulate --runs 500 --through FY2023")
        #expect(dataset.calibrations.count == 2)
    }

    @Test("a data set whose series ends a month earlier draws from its own origin, in a session of its own")
    func otherOrigin() throws {
        try withTemporaryData(files: TemporaryData.files + ["mynumber.csv", "uptake.toml"]) { data in
            let text = try data.text("mynumber.csv")
            try data.write("mynumber.csv", text.split(separator: "\n").filter { !$0.contains(",2022-09-30,") }.joined(separator: "\n") + "\n")
            let shorter = try makeInterpreter(over: try DataLoader.load(directory: data.directory.path))
            let (bundled, _) = try freshSession()
            _ = try bundled.run("simulate --runs 1000")
            let own = try shorter.run("simulate --runs 1000")
            #expect(own.texts[0].contains("mynumber (observed series to 2022-08-31)"), "\(own.texts[0])")
        }
    }
}
