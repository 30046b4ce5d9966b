import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `explain [MEASURE [BODY]]`: why the last allocation chose what it chose.
@Suite struct ExplainTests {
    @Test("explain names the binding constraint, the best body left out, and one body's parts")
    func explain() throws {
        let shell = try makeInterpreter()
        #expect(shell.failure("explain advisor").contains("run allocate advisor first"))
        try shell.run("allocate advisor 19 --min-per-district 1")
        let text = try shell.run("explain advisor").rendered()
        #expect(text.contains("min 1 per district binds in いわき"))
        #expect(text.contains("best left out"))
        #expect(text.contains("unique"))
        let body = try shell.run("explain advisor 福島市").rendered()
        #expect(body.contains("rank 59 of 59"))
        #expect(body.contains("small"))
    }

    @Test("each left-out body its own reason: the minimum for the one it displaces, the body it falls short of for the rest")
    func ownReasons() throws {
        let shell = try makeInterpreter()
        try shell.run("allocate advisor 19 by need --min-per-district 1")
        let table = try #require(try shell.run("explain advisor").tables.first { $0.name == "allocation" })
        let reason = try #require(table.columns.firstIndex { $0.id == "reason" })
        let name = try #require(table.columns.firstIndex { $0.id == "name" })
        let reasons = Dictionary(uniqueKeysWithValues: table.records.compactMap { record -> (String, String)? in
            guard case let .text(n) = record.cells[name], case let .text(r) = record.cells[reason] else { return nil }
            return (n, r)
        })
        #expect(reasons["天栄村"] == "min per district keeps いわき市 in いわき")
        #expect(reasons["郡山市"] == "lower need than 田村市, 0.165 < 1.072")
        #expect(reasons.values.filter { $0.hasPrefix("min per district keeps") }.count == 1)
        #expect(try shell.run("explain advisor 南相馬市").rendered().contains("lower need than 北塩原村, 1.062 < 1.076"))
        try shell.run("lang ja")
        #expect(try shell.run("explain advisor 南相馬市").rendered().contains("北塩原村より必要度が低い（1.062 < 1.076）"))
        #expect(try shell.run("explain advisor").rendered().contains("地域ごとの下限によりいわきではいわき市を選定"))
    }

    @Test("explain parses its measure and an optional body")
    func parsing() throws {
        #expect(try parsed("explain advisor", as: ExplainCommand.self) == ExplainCommand(measure: "advisor"))
        #expect(try parsed("explain advisor 福島市", as: ExplainCommand.self) == ExplainCommand(measure: "advisor", body: "福島市"))
    }

    @Test("a body that was no candidate, an unknown body or measure is an error")
    func refused() throws {
        let shell = try makeInterpreter()
        try shell.run("assign advisor 檜枝岐村; fy R5; allocate advisor 19 --new-only")
        #expect(shell.failure("explain advisor 檜枝岐村").contains("檜枝岐村 was not a candidate for advisor"))
        #expect(shell.failure("explain advisor nowhere").contains("unknown body 'nowhere'"))
        #expect(shell.failure("explain advisr").hasPrefix("unknown measure 'advisr'"))
    }

    @Test("explain alone explains the last allocation; before any, it says what to run")
    func lastAllocation() throws {
        let shell = try makeInterpreter()
        #expect(shell.failure("explain") == "no allocation to explain — run allocate MEASURE first")
        try shell.run("allocate advisor 19 --min-per-district 1; allocate ict-grant 10")
        #expect(try shell.run("explain").rendered() == (try shell.run("explain ict-grant").rendered()))
        try shell.run("allocate advisor 19")
        #expect(try shell.run("explain").rendered() == (try shell.run("explain advisor").rendered()))
        #expect(try parsed("explain", as: ExplainCommand.self) == ExplainCommand(measure: nil))
        let fresh = try makeInterpreter()
        try fresh.run("lang ja")
        #expect(fresh.failure("explain") == "説明する配分がありません — 先に allocate MEASURE を実行してください")
    }

    @Test("explain alone explains the last allocation in the year it was made, after fy moves on")
    func lastAllocationKeepsItsYear() throws {
        let shell = try makeInterpreter()
        try shell.run("fy R5; allocate advisor 19")
        let made = try shell.run("explain").rendered()
        #expect(made.contains("advisor"))
        try shell.run("fy R6")
        #expect(try shell.run("explain").rendered() == made)
        #expect(shell.failure("explain advisor").contains("no allocation of advisor in"))
    }
}
