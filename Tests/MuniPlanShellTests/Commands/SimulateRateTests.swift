import Foundation
@testable import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `simulate` with the mynumber rate drawn from its observed series, at the shell: the rates
/// table, its basis, `--exact`, `export simulation rates` and `expect probability mynumber`.
@Suite struct SimulateRateTests {
    @Test("simulate prints the rates table under the KPI table; every KPI row says its basis")
    func ratesTable() throws {
        let interpreter = try makePlannedInterpreter()
        let printed = try interpreter.run("simulate --runs 5000 --seed 2")
        #expect(printed.tables.map(\.name) == ["simulation-kpi", "simulation-rates", "simulation-drivers", "simulation-districts", "simulation-bodies"])
        #expect(printed.tables[0].records.allSatisfy { $0.cells.last == .text("assumption (uptake.toml)") })
        let rates = printed.tables[1]
        #expect(rates.records.count == 1)
        #expect(rates.records[0].cells.last == .text("observed series to 2022-09-30"))
        #expect(rates.records[0].cells[3] == .text("2023-03-31"))
        #expect(printed.texts[0].contains("mynumber (observed series to 2022-09-30)"))
        #expect(printed.texts[0].contains("mynumber ≥ 100%: 0.0000 ± 0.0000"))
        #expect(try interpreter.run("simulate --runs 5000 --seed 2").rendered() == printed.rendered())
    }

    @Test("a target the plan sets (target mynumber 45) is the one the drawn rate is held to")
    func planTarget() throws {
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("target mynumber 45")
        let rates = try #require(try interpreter.run("simulate --runs 2000 --seed 1").tables.first { $0.name == "simulation-rates" })
        #expect(rates.records[0].cells[4] == .decimal(45, places: 1), "\(rates.records[0].cells)")
        // The prefecture stood at 43.9% on 2022-09-30; by 2023-03-31 most draws pass 45%.
        #expect(try interpreter.run("expect probability mynumber >= 0.5").texts.joined().contains("mynumber"))
        try interpreter.run("target mynumber --clear")
        let held = try #require(try interpreter.run("simulate --runs 2000 --seed 1").tables.first { $0.name == "simulation-rates" })
        #expect(held.records[0].cells[4] == .decimal(100, places: 1))
    }

    @Test("in Japanese the basis reads 観測系列 and 仮定")
    func japanese() throws {
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("lang ja")
        let printed = try interpreter.run("simulate --runs 2000")
        #expect(printed.tables[0].records.allSatisfy { $0.cells.last == .text("仮定（uptake.toml）") })
        #expect(printed.tables[1].records[0].cells.last == .text("観測系列（2022-09-30 まで）"))
        #expect(printed.texts[0].contains("mynumber（観測系列、2022-09-30 まで）"))
        let exact = try interpreter.run("simulate --runs 2000 --exact").texts.joined(separator: "\n")
        #expect(exact.contains("mynumber（率）：令和4年度までの達成確率は厳密に0.0000（予測の等確率の"))
    }

    @Test("simulate mynumber needs no uptake model; simulate ict-grant prints no rates table")
    func choosingMeasures() throws {
        let interpreter = try makePlannedInterpreter()
        let alone = try interpreter.run("simulate mynumber --runs 2000")
        #expect(alone.tables[1].name == "simulation-rates")
        #expect(alone.tables[0].records.isEmpty)
        #expect(!(try interpreter.run("simulate ict-grant --runs 2000").tables.map(\.name).contains("simulation-rates")))
        #expect(interpreter.failure("expect probability mynumber >= 0").contains("not simulated"))
    }

    @Test("past the forecast's reach a year's rate row is empty and says why; expect probability refuses it")
    func beyondReach() throws {
        let interpreter = try makePlannedInterpreter()
        let printed = try interpreter.run("simulate --runs 2000 --through FY2024")
        let rows = printed.tables[1].records
        #expect(rows.count == 3)
        #expect(rows[0].cells[6] != .empty && rows[1].cells[6] == .empty && rows[2].cells[6] == .empty)
        #expect(printed.tables[1].footer.contains { $0.hasPrefix("No figures for FY2023, FY2024") })
        #expect(interpreter.failure("expect probability mynumber 50 >= 0.1 --fy FY2023").contains("past what the forecast reaches from 2022-09-30"))
        #expect(interpreter.failure("expect probability mynumber 50 >= 0.1 --fy FY2030").contains("FY2030"))
    }

    @Test("expect probability mynumber reads the drawn rate, with a target in percent, sampled or exact")
    func expectProbability() throws {
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("simulate --runs 20000 --seed 4")
        #expect(try interpreter.run("expect probability mynumber 40 >= 0.99").texts.joined().contains("P(mynumber ≥ 40% at 2023-03-31) = 1.0000"))
        #expect(interpreter.failure("expect probability mynumber >= 0.01").contains("P(mynumber ≥ 100% at 2023-03-31) = 0.0000"))
        let middle = try interpreter.run("expect probability mynumber 50 > 0.2 --exact").texts.joined()
        #expect(middle.contains("P(mynumber ≥ 50% at 2023-03-31)"))
        #expect(interpreter.failure("expect probability mynumber 50 > 0.99").contains("P(mynumber ≥ 50% at 2023-03-31) = 0."))
    }

    @Test("export simulation rates and kpi carry the basis column; the exact table says the rate's odds in a line")
    func exports() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makePlannedInterpreter(workingDirectory: folder.path)
            try interpreter.run("simulate --runs 2000")
            try interpreter.run("export simulation rates --to rates.csv")
            try interpreter.run("export simulation kpi --to kpi.csv")
            try interpreter.run("export simulation exact --to exact.md")
            let rates = try folder.read("rates.csv")
            #expect(rates.hasPrefix("kpi,measure,fy,year_end,target,observed,mean,low80,p50,high80,p_meet,se,basis"))
            #expect(rates.contains(",observed series to 2022-09-30"))
            let kpi = try folder.read("kpi.csv")
            #expect(kpi.split(separator: "\n").first?.hasSuffix(",basis") == true)
            #expect(kpi.contains(",assumption (uptake.toml)"))
            let exact = try folder.read("exact.md")
            #expect(exact.contains("mynumber (a rate): P(meet) by FY2022 is exactly 0.0000"))
        }
    }
}
