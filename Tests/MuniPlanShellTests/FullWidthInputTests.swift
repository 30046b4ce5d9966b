import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// What an IME leaves in a line (issue 15): full-width ASCII in command words, options,
/// keywords and numbers is read as ASCII; 、 ， and , separate lists of bodies; names, quoted
/// text and file names keep what was typed.
@Suite struct FullWidthInputTests {
    @Test("a full-width command word, option and number run as their ASCII forms")
    func commandOptionNumber() throws {
        let allocate = try #require(try parsed("allocate advisor １９ －－min-per-district １", as: AllocateCommand.self))
        #expect(allocate.options.count == 19)
        #expect(allocate.options.minPerDistrict == 1)
        let wide = try #require(try parsed("ａｌｌｏｃａｔｅ advisor １９ ｂｙ ｎｅｅｄ －－ｍｉｎ－ｐｅｒ－ｄｉｓｔｒｉｃｔ＝１", as: AllocateCommand.self))
        #expect(wide == allocate)
        #expect(try parsed("ＨＥＬＰ") is HelpCommand)
        #expect(try parsed("ｓｈｏｗ　檜枝岐村", as: ShowCommand.self)?.body == "檜枝岐村")
    }

    @Test("a full-width keyword value and help topic are read as ASCII")
    func keywords() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("ｆｏｒｍａｔ ｃｓｖ")
        #expect(interpreter.session.format == .csv)
        let topic = try interpreter.run("help ＳＥＬＥＣＴＯＲＳ").texts.joined()
        #expect(topic.hasPrefix("Naming bodies"))
        let coverage = try interpreter.run("coverage advisor －－ｂｙ ｄｉｓｔｒｉｃｔ").rendered()
        #expect(coverage.contains("会津"))
    }

    @Test("an unknown full-width word is named as typed; an unknown full-width option by its ASCII name")
    func errors() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("ｓｈｏｗｗ 檜枝岐村").contains("unknown command 'ｓｈｏｗｗ'"))
        #expect(interpreter.failure("format ｃｓｖｘ").contains("ｃｓｖｘ"))
        #expect(interpreter.failure("coverage －－ｂｙｅ district").contains("unknown option --bye"))
    }

    @Test("、 ， and , separate bodies where a command takes a list")
    func bodyLists() throws {
        let interpreter = try makeInterpreter()
        let assigned = try interpreter.run("assign advisor 檜枝岐村、昭和村，金山町,只見町").texts.joined()
        #expect(assigned.contains("+4"), "\(assigned)")
        let covered = interpreter.session.plan.covered("advisor", in: interpreter.session.year)
        let names = covered.compactMap { interpreter.session.dataset.body(code: $0)?.name }
        #expect(Set(names) == ["檜枝岐村", "昭和村", "金山町", "只見町"])
        let allocate = try #require(try parsed("allocate advisor 5 --exclude 檜枝岐村、昭和村 --require 金山町", as: AllocateCommand.self))
        #expect(allocate.options.exclude == ["檜枝岐村", "昭和村"])
        #expect(allocate.options.require == ["金山町"])
    }

    @Test("a quoted list, a one-body argument and a number keep their separators")
    func separatorsKept() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("assign advisor '檜枝岐村、昭和村'").contains("unknown body '檜枝岐村、昭和村'"))
        #expect(interpreter.failure("show 檜枝岐村、昭和村").contains("unknown body '檜枝岐村、昭和村'"))
        let budget = try #require(try parsed("allocate ict-grant 10 --budget 11,000 --cost population", as: AllocateCommand.self))
        #expect(budget.options.budget == 11_000)
        #expect(try words("assign advisor 檜枝岐村、昭和村") == ["assign", "advisor", "檜枝岐村、昭和村"])
    }

    @Test("a file name and a body name keep their full-width letters")
    func namesKept() throws {
        let export = try #require(try parsed("export kpi --to ｋｐｉ．ｃｓｖ", as: ExportCommand.self))
        #expect(export.path == "ｋｐｉ．ｃｓｖ")
        let inline = try #require(try parsed("export kpi －－ｔｏ＝ｋｐｉ．ｃｓｖ", as: ExportCommand.self))
        #expect(inline.path == "ｋｐｉ．ｃｓｖ")
        let assign = try #require(try parsed("assign advisor ｈｉｎｏｅｍａｔａ", as: AssignCommand.self))
        #expect(assign.arguments.bodies == ["ｈｉｎｏｅｍａｔａ"])
    }

    @Test("Tab after a full-width space and a full-width command word completes the body")
    func completion() throws {
        let complete = Completer(session: try makeInterpreter().session, workingDirectory: "/nonexistent").candidates(for:)
        #expect(complete("ｓｈｏｗ　hino") == ["hinoemata"])
        #expect(complete("allocate advisor －－ｍｉ") == ["--min-per-district"])
        #expect(complete("ｓｈ").contains("show"))
    }

    @Test("help input explains the rule, in English and Japanese")
    func helpTopic() throws {
        let english = try HelpText.render("input")
        #expect(english.contains("a full-width space separates words"))
        #expect(english.contains("file name is never changed"))
        let japanese = try HelpText.render("input", in: .japanese)
        #expect(japanese.contains("全角スペースは半角スペースと同じく語を区切ります"))
        #expect(japanese.contains("ファイル名は変更しません"))
    }
}
