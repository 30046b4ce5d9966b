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
}
