import TestSupport
import Testing
@testable import MuniPlanShell

/// A measure named by its Japanese name or alias wherever its id is accepted; the plan and
/// saved scenarios keep the id.
@Suite struct MeasureNameTests {
    func printed(_ line: String) throws -> String {
        try makePlannedInterpreter().run(line).rendered()
    }

    @Test("coverage by alias, by the source's name, full-width and half-width, is coverage by id")
    func coverageByName() throws {
        let byID = try printed("coverage advisor")
        for name in ["アドバイザー派遣", "ＩＣＴアドバイザー市町村派遣事業", "ICTアドバイザー市町村派遣事業", "ｱﾄﾞﾊﾞｲｻﾞｰ派遣"] {
            #expect(try printed("coverage \(name)") == byID, "\(name)")
        }
        #expect(try printed("coverage セキュリティクラウド ICT推進支援") == printed("coverage security-cloud ict-grant"))
    }

    @Test("assign by alias, then save writes the id")
    func saveWritesTheID() throws {
        let saved = try withTemporaryFolder { folder in
            try makeInterpreter(workingDirectory: folder.path).run("assign アドバイザー派遣 hinoemata; assign セキュリティクラウド 福島市; save p.plan")
            return try folder.read("p.plan")
        }
        #expect(saved.contains("assign advisor 073644"))
        #expect(saved.contains("assign security-cloud 072010"))
        #expect(!saved.contains("アドバイザー派遣") && !saved.contains("セキュリティクラウド"))
    }

    @Test("selectors and options take the alias too")
    func selectorsAndOptions() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("assign advisor hinoemata")
        #expect(try interpreter.run("bodies covered:アドバイザー派遣").rendered() == interpreter.run("bodies covered:advisor").rendered())
        #expect(try interpreter.run("capacity アドバイザー派遣").texts == interpreter.run("capacity advisor").texts)
    }

    @Test("a word that names no measure is still refused as typed")
    func unknownName() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("coverage 派遣しない事業").contains("派遣しない事業"))
        #expect(interpreter.failure("coverage ADVISOR").contains("ADVISOR"), "ids are matched exactly, as before")
    }

    @Test("Tab completes a measure by id or by Japanese alias")
    func completion() throws {
        let interpreter = try makeInterpreter()
        let completer = Completer(session: interpreter.session, workingDirectory: "/nonexistent")
        #expect(completer.candidates(for: "coverage アド") == ["アドバイザー派遣"])
        #expect(completer.candidates(for: "assign ｱﾄﾞ") == ["アドバイザー派遣"])
        #expect(completer.candidates(for: "assign adv") == ["advisor"])
        #expect(completer.candidates(for: "bodies covered:セキ") == ["covered:セキュリティクラウド"])
        #expect(completer.candidates(for: "ヘ") == ["ヘルプ"])
    }
}
