import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `target KPI N [--fy FY]`, `target KPI --clear`, `target`: KPI targets a plan sets
/// (issue 16 item 2), read wherever a target is read.
@Suite struct TargetTests {
    static func japan() throws -> Dataset {
        try DataLoader.load(directory: bundledDataDirectory.appendingPathComponent("japan").path)
    }

    /// An interpreter working in a fresh folder, for the tests that write files.
    func inFolder(_ body: (TemporaryFolder, Interpreter) throws -> Void) throws {
        try withTemporaryFolder { folder in try body(folder, try makeInterpreter(workingDirectory: folder.path)) }
    }

    func row(_ table: Table, _ kpi: String) throws -> [String] {
        try #require(table.rows.first { $0.cells.first?.plain == kpi }).cells.map(\.plain)
    }

    @Test("nationwide: a target set in the plan is judged by kpi, and kpi says it is the plan's; the rest keep the no-target note")
    func nationwide() throws {
        let interpreter = try makeInterpreter(over: try Self.japan())
        try interpreter.run("assign security-cloud group:tohoku7 assoc-1")
        let said = try interpreter.run("target security-cloud 258").texts
        #expect(said == ["security-cloud: target 258 bodies in FY2022 (R4), set in this plan (was none)"])
        let table = try #require(try interpreter.run("kpi").tables.first)
        #expect(try row(table, "security-cloud") == ["security-cloud", "security-cloud", "1(8)", "bodies", "258", "bodies", "FY2022", "258", "0", "met", ""])
        #expect(table.footer.contains("targets set in this plan, not the source's: security-cloud"))
        #expect(table.footer.contains { $0.hasPrefix("no target in this data set for seminar, online-rate, smart-city, mynumber, advisor, ict-grant-41, ict-grant-42, e-application: ") })
        #expect(!table.footer.contains { $0.contains("as its plan states them") }, "no target of the data's owner is in force")
        // allocate's default N is the target in force.
        try interpreter.run("target advisor 3")
        try interpreter.run("allocate advisor")
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)).count == 3)
    }

    @Test("Fukushima: a plan's target replaces the source's; clearing goes back to it, and the notes say whose each is")
    func replacesSource() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("target advisor 25")
        let table = try #require(try interpreter.run("kpi").tables.first)
        #expect(try row(table, "advisor")[4] == "25")
        #expect(table.footer.contains("targets set in this plan, not the source's: advisor"))
        #expect(table.footer.contains("other targets: 福島県's own, as its plan states them"))
        #expect(try interpreter.run("target advisor --clear").texts == ["advisor: target back to the data's, 19 bodies in FY2022 (R4)"])
        let after = try #require(try interpreter.run("kpi").tables.first)
        #expect(after.footer.contains("targets: 福島県's own, as its plan states them"))
        #expect(!after.footer.contains { $0.hasPrefix("targets set in this plan") })
        #expect(interpreter.session.plan == Plan(), "clearing leaves the plan as it was")
    }

    @Test("target alone lists every KPI's target in force with whose it is; target KPI shows one")
    func list() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("target smart-city 3 --fy R6")
        let table = try #require(try interpreter.run("target").tables.first)
        #expect(table.rows.count == 9)
        #expect(try row(table, "smart-city") == ["smart-city", "smart-city", "3", "bodies", "FY2024", "set in this plan"])
        #expect(try row(table, "advisor") == ["advisor", "advisor", "19", "bodies", "FY2022", "福島県's plan"])
        // kpi's English headings, lowercase as its own.
        #expect(table.columns.map(\.label) == ["kpi", "measure", "target", "unit", "fy", "whose"])
        let kpi = try #require(try interpreter.run("kpi").tables.first)
        for id in ["kpi", "measure", "target", "unit", "fy"] {
            #expect(table.columns.first { $0.id == id }?.label == kpi.columns.first { $0.id == id }?.label, "\(id)")
        }
        let one = try #require(try interpreter.run("target advisor").tables.first)
        #expect(one.rows.count == 1)
        let japan = try makeInterpreter(over: try Self.japan())
        #expect(try row(try #require(try japan.run("target").tables.first), "advisor") == ["advisor", "advisor", "", "bodies", "FY2022", "none in this data"])
        try interpreter.run("lang ja")
        let japanese = try #require(try interpreter.run("target").tables.first)
        #expect(japanese.columns.map(\.label) == ["指標", "事業", "目標", "単位", "年度", "設定元"])
        #expect(try row(japanese, "smart-city").last == "この計画で設定")
        #expect(try row(japanese, "advisor").last == "福島県の計画")
    }

    @Test("--fy makes FY the KPI's year: a cumulative KPI counts through it")
    func fiscalYear() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("fy R4; assign smart-city 福島市; fy R6; assign smart-city 郡山市")
        try interpreter.run("target smart-city 2 --fy R6")
        let table = try #require(try interpreter.run("kpi").tables.first)
        #expect(try row(table, "smart-city")[4...9] == ["2", "bodies", "FY2024", "2", "0", "met"])
        #expect(interpreter.failure("target smart-city --clear --fy R5")
            == "smart-city: the target this plan sets is for FY2024 (R6), not FY2023 (R5)")
        try interpreter.run("target smart-city --clear --fy R6")
        #expect(try row(try #require(try interpreter.run("kpi").tables.first), "smart-city")[6] == "FY2022")
    }

    @Test("a measure's Japanese name or alias names its one KPI")
    func measureNames() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("target アドバイザー派遣 20")
        try interpreter.run("target ＩＣＴアドバイザー市町村派遣事業 21")
        #expect(interpreter.session.plan.targets["advisor"] == PlanTargets.Setting(value: 21, year: nil))
    }

    @Test("every refusal says what is wrong, and leaves the plan unchanged", arguments: [
        ("target ict-grant 40", "ict-grant has several KPIs (ict-grant-41, ict-grant-42): name one"),
        ("target advisr 19", "unknown KPI 'advisr' — did you mean advisor?"),
        ("target advisor 2.5", "advisor counts bodies: its target must be a whole number, not 2.5"),
        ("target advisor 61", "advisor: a target of 61 bodies is more than the 59 bodies advisor can cover"),
        ("target online-rate 101", "online-rate is a rate in %: a target of 101 is over 100"),
        ("target advisor 19 --fy baseline", "advisor: a target is for a plan year; FY2021 (R3) is before the plan's first, FY2022 (R4)"),
        ("target advisor 19 --fy 3000", "fiscal year"),
        ("target advisor -1", "from 0 to"),
        ("target advisor 19 --clear", "give either N or --clear, not both"),
        ("target advisor --fy R5", "--fy needs N or --clear: it says which year a target is for"),
        ("target --clear", "--clear needs the KPI whose target it clears"),
        ("target advisor --clear --fy R5", "advisor: the target this plan sets is for FY2022 (R4), not FY2023 (R5)"),
    ])
    func refusals(line: String, expected: String) throws {
        let interpreter = try makeInterpreter()
        if line.hasSuffix("--clear --fy R5") { try interpreter.run("target advisor 25") }
        let before = interpreter.session.plan
        let message = interpreter.failure(line)
        #expect(message.contains(expected), "\(message)")
        #expect(interpreter.session.plan == before)
    }

    @Test("refusals in Japanese")
    func japaneseRefusals() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja")
        #expect(interpreter.failure("target ict-grant 40") == "ict-grantには複数の指標があります（ict-grant-41、ict-grant-42）：いずれかを指定してください")
        #expect(interpreter.failure("target advisor 61") == "advisor：目標61団体は、advisorの対象となる59団体を超えています")
        #expect(interpreter.failure("target advisor 2.5") == "advisorは団体数の指標です：目標は整数で指定してください（2.5は不可）")
        #expect(interpreter.failure("target online-rate 101") == "online-rateは率（%）の指標です：目標101は100を超えています")
        #expect(try interpreter.run("target advisor 25").texts == ["advisor：目標25団体（令和4年度）をこの計画で設定（変更前：19団体）"])
        let footer = try #require(try interpreter.run("kpi").tables.first).footer
        #expect(footer.contains("この計画で設定した目標（資料のものではない）：advisor"))
        #expect(footer.contains("その他の目標：福島県の計画が定めるもの"))
    }

    @Test("in a script an error is located: FILE:LINE:")
    func located() throws {
        let interpreter = try makeInterpreter()
        let result = interpreter.script(["target advisor 19", "target advisor 2.5"], name: "t.plan", keepGoing: true)
        #expect(result.outcome.errors == ["t.plan:2: advisor counts bodies: its target must be a whole number, not 2.5"])
    }

    @Test("undo names the change and takes it back; save writes it and run brings it back")
    func undoSaveRun() throws {
        try inFolder { folder, interpreter in
            try interpreter.run("target advisor 25")
            try interpreter.run("target smart-city 4 --fy R6")
            try interpreter.run("save s.plan")
            let saved = try folder.read("s.plan")
            #expect(saved.contains("\ntarget smart-city 4 --fy FY2024\n") && saved.contains("\ntarget advisor 25\n"), "\(saved)")
            #expect(try interpreter.run("undo").texts == ["undone: target smart-city 4 --fy R6 (1 more to undo)"])
            #expect(interpreter.session.plan.targets["smart-city"] == nil)
            let again = try makeInterpreter(workingDirectory: folder.path)
            try again.run("run s.plan")
            #expect(again.session.plan.targets["smart-city"] == PlanTargets.Setting(value: 4, year: FiscalYear(2024)))
            #expect(again.session.plan.targets["advisor"] == PlanTargets.Setting(value: 25, year: nil))
        }
    }

    @Test("simulate, --exact and expect probability hold the KPI to the plan's target")
    func simulation() throws {
        let interpreter = try makePlannedInterpreter()
        try interpreter.run("target smart-city 1")
        let simulated = try interpreter.run("simulate --runs 2000 --seed 1 --exact").rendered()
        #expect(simulated.contains("smart-city ≥ 1:"), "\(simulated)")
        let checked = try interpreter.run("expect probability smart-city > 0.5 --exact").rendered()
        #expect(checked.contains("P(smart-city ≥ 1 by FY2022)"), "\(checked)")
    }

    @Test("compare holds each scenario to its own targets, and shows both where they differ")
    func compare() throws {
        try inFolder { folder, interpreter in
            try folder.write("a.plan", "assign advisor 檜枝岐村\n")
            try folder.write("b.plan", "assign advisor 檜枝岐村\ntarget advisor 1\n")
            let kpi = try #require(try interpreter.run("compare a.plan b.plan").tables.first)
            #expect(try row(kpi, "advisor") == ["advisor", "advisor", "FY2022", "19 / 1", "1", "short by 18", "1", "met"])
            #expect(try row(kpi, "smart-city")[3] == "2")
        }
    }

    @Test("exports, the report and kpi MEASURE read the plan's target")
    func exportsAndReport() throws {
        try inFolder { folder, interpreter in
            try interpreter.run("target advisor 25; target mynumber 80")
            try interpreter.run("export kpi --to k.csv")
            let csv = parseCSV(try folder.read("k.csv"))
            let advisor = try #require(csv.first { $0.first == "advisor" })
            #expect(advisor[4] == "25", "\(advisor)")
            try interpreter.run("report --to r.html")
            #expect(try folder.read("r.html").contains("targets set in this plan, not the source&#39;s: mynumber, advisor"))
            let observed = try #require(try interpreter.run("kpi mynumber").tables.first)
            let target = try #require(observed.columns.firstIndex { $0.id == "target" })
            #expect(observed.rows.first?.cells[target].plain == "80.0")
        }
    }
}
