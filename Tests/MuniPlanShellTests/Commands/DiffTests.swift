import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `diff [A] [B]`: bodies gained and lost between snapshots, `now` the current plan.
@Suite struct DiffTests {
    @Test("diff shows bodies gained and lost since a snapshot")
    func snapshotDiff() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata tadami")
        try interpreter.run("snapshot first")
        #expect(try interpreter.run("diff").texts == ["first and now are the same plan"])
        try interpreter.run("unassign advisor tadami; assign advisor shimogo")
        let table = try #require(try interpreter.run("diff first").tables.first)
        let text = TableRenderer().render(table)
        #expect(text.contains("下郷町"))
        #expect(text.contains("只見町"))
        #expect(!text.contains("檜枝岐村"))
        #expect(try interpreter.run("diff").tables.first == table)
        #expect(try interpreter.run("diff first now").tables.first == table)
        try interpreter.run("snapshot second")
        #expect(try interpreter.run("diff second first").tables.count == 1)
    }

    @Test("without snapshots, or with an unknown one, diff says which exist")
    func unknownSnapshot() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("diff") == "no snapshot to compare with — take one with: snapshot NAME")
        #expect(interpreter.failure("diff zz") == "no snapshot 'zz' (none taken yet)")
        try interpreter.run("snapshot a; assign advisor hinoemata; snapshot b")
        #expect(interpreter.failure("diff zz") == "no snapshot 'zz' — known: a, b")
        #expect(interpreter.failure("diff a zz") == "no snapshot 'zz' — known: a, b")
    }

    @Test("A and B parse into the command; missing ones are the last snapshot and now")
    func parsing() throws {
        #expect(try parsed("diff") as? DiffCommand == DiffCommand())
        #expect(try parsed("diff a") as? DiffCommand == DiffCommand(from: "a"))
        #expect(try parsed("diff a b") as? DiffCommand == DiffCommand(from: "a", to: "b"))
        #expect(try makeInterpreter().failure("diff a b c") == "diff: unexpected 'c' — usage: diff [A] [B]")
    }

    @Test("diff lists targets the plans set differently, in the KPIs' order, with the year where it moved and the status under the new one")
    func targets() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("allocate advisor 19")
        try interpreter.run("snapshot a")
        try interpreter.run("target advisor 25")
        let table = try #require(try interpreter.run("diff a").tables.first)
        #expect(table.records.map { $0.cells.map(\.plain) } == [["target", "FY2022 (R4)", "advisor", "19 bodies → 25 bodies", "short"]])
        try interpreter.run("target online-rate 70 --fy R5; target smart-city --clear")
        let two = try #require(try interpreter.run("diff a").tables.first)
        #expect(two.records.map { $0.cells.map(\.plain) } == [
            ["target", "FY2023 (R5)", "online-rate", "61.0% in FY2022 → 70.0% in FY2023", "not planned"],
            ["target", "FY2022 (R4)", "advisor", "19 bodies → 25 bodies", "short"],
        ])
        try interpreter.run("lang ja")
        let ja = try #require(try interpreter.run("diff a").tables.first)
        #expect(ja.columns.map(\.label) == ["変更", "年度", "対象", "追加", "削除"])
        #expect(ja.records.map { $0.cells.map(\.plain) } == [
            ["目標", "令和5年度", "online-rate", "61.0%（令和4年度） → 70.0%（令和5年度）", "未計画"],
            ["目標", "令和4年度", "advisor", "19団体 → 25団体", "未達"],
        ])
        // Every row's year as the coverage rows write it, in the session's language.
        #expect(ja.records.map { $0.cells[1].plain } == ["令和5年度", "令和4年度"])
        // Back to the data's targets: the same plan again.
        try interpreter.run("lang en; target advisor --clear; target online-rate --clear")
        #expect(try interpreter.run("diff a").texts == ["a and now are the same plan"])
    }
}
