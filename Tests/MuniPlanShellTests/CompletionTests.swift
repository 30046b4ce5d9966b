import Foundation
import TestSupport
import Testing
@testable import MuniPlanShell

/// Tab-completion candidates for each context, without a terminal.
@Suite struct CompletionTests {
    func candidates(_ prefix: String, workingDirectory: String = "/nonexistent") throws -> [String] {
        let interpreter = try makeInterpreter()
        return Completer(session: interpreter.session, workingDirectory: workingDirectory).candidates(for: prefix)
    }

    @Test("command names")
    func commandNames() throws {
        #expect(try candidates("bo") == ["bodies"])
        #expect(try candidates("s").sorted() == ["save", "set", "show", "simulate", "snapshot", "snapshots"])
        #expect(try candidates("") == CommandRegistry.names)
        #expect(try candidates("BO") == ["bodies"])
        #expect(try candidates("zz").isEmpty)
    }

    @Test("after ; a new command starts")
    func afterSemicolon() throws {
        #expect(try candidates("format csv; bo") == ["bodies"])
        #expect(try candidates("bodies; show hino") == ["hinoemata"])
    }

    @Test("options of the command being typed")
    func options() throws {
        #expect(try candidates("allocate advisor --mi") == ["--min-per-district"])
        #expect(try candidates("kpi --") == ["--fy", "--by"])
        #expect(try candidates("run a.plan --k") == ["--keep-going"])
        #expect(try candidates("save x.plan --") == ["--force"])
    }

    @Test("option values")
    func optionValues() throws {
        #expect(try candidates("kpi --fy R") == ["R4", "R5", "R6", "R7"])
        #expect(try candidates("coverage --by ") == ["district"])
        #expect(try candidates("export coverage --encoding c") == ["cp932"])
    }

    @Test("keywords in positions")
    func keywords() throws {
        #expect(try candidates("format j") == ["json"])
        #expect(try candidates("format ") == ["table", "csv", "tsv", "md", "json"])
        #expect(try candidates("expect ") == ["kpi", "covered", "not-covered", "count", "probability", "forecast"])
        #expect(try candidates("weights c") == ["clear"])
    }

    @Test("measure ids")
    func measures() throws {
        #expect(try candidates("assign adv") == ["advisor"])
        #expect(try candidates("capacity s").sorted() == ["security-cloud", "seminar", "smart-city"])
        #expect(try candidates("set sem") == ["seminar"])
    }

    @Test("nothing more once a command's arguments are complete")
    func complete() throws {
        #expect(try candidates("districts ").isEmpty)
        #expect(try candidates("show hinoemata ").isEmpty)
        #expect(try candidates("nosuchcommand x").isEmpty)
    }

    @Test("selector names")
    func selectorNames() throws {
        #expect(try candidates("bodies dist") == ["district:"])
        #expect(try candidates("bodies k") .contains("kind:"))
        #expect(try candidates("bodies ").prefix(5) == ["district:", "kind:", "group:", "covered:", "all"])
        #expect(try candidates("assign advisor gr").contains("group:"))
    }

    @Test("district names, kanji and romaji")
    func districtValues() throws {
        let all = try candidates("bodies district:")
        for name in ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき"] {
            #expect(all.contains("district:\(name)"), "district:\(name) missing")
        }
        #expect(all.contains("district:minamiaizu"))
        #expect(try candidates("bodies district:南") == ["district:南会津"])
        #expect(try candidates("bodies district:ken").sorted() == ["district:kenchu", "district:kennan", "district:kenpoku"])
    }

    @Test("kind, group and covered values")
    func otherSelectorValues() throws {
        #expect(try candidates("bodies kind:").sorted() == ["kind:association", "kind:city", "kind:town", "kind:village"])
        #expect(try candidates("bodies kind:v") == ["kind:village"])
        #expect(try candidates("bodies group:").sorted() == ["group:evac12", "group:hamadori15"])
        let covered = try candidates("bodies covered:")
        #expect(covered.contains("covered:advisor"))
        #expect(covered.contains("covered:security-cloud"))
        #expect(try candidates("bodies covered:ict") == ["covered:ict-grant"])
    }

    @Test("a romaji prefix completes to the romaji name, which the resolver accepts")
    func romaji() throws {
        #expect(try candidates("show hino") == ["hinoemata"])
        #expect(try candidates("show Hino") == ["hinoemata"])
        #expect(try candidates("assign advisor 檜枝岐村 tada") == ["tadami"])
    }

    @Test("every body's romaji is offered for its first letters and resolves back to that body")
    func romajiForEveryBody() throws {
        let interpreter = try makeInterpreter()
        let completer = Completer(session: interpreter.session, workingDirectory: "/")
        for body in interpreter.session.dataset.bodies {
            let offered = completer.candidates(for: "show " + body.romaji.prefix(3))
            #expect(offered.contains(body.romaji), "\(body.name): \(offered)")
            #expect((try? interpreter.session.resolver.body(body.romaji))?.code == body.code, "\(body.romaji) does not resolve to \(body.name)")
        }
    }

    @Test("kana prefixes complete to names", arguments: ["ひの", "ヒノ", "ﾋﾉ", "ひのえまた"])
    func kana(prefix: String) throws {
        #expect(try candidates("show \(prefix)") == ["檜枝岐村"])
    }

    @Test("kanji prefixes complete to names")
    func kanji() throws {
        #expect(try candidates("show 会津") == ["会津若松市", "会津坂下町", "会津美里町"])
        #expect(try candidates("show 檜") == ["檜枝岐村"])
        #expect(try candidates("show 南会津") == ["南会津町"])
    }

    @Test("a code prefix completes to the code")
    func codes() throws {
        #expect(try candidates("show 07364") == ["073644"])
    }

    @Test("file paths for run, from the working directory")
    func files() throws {
        try withTemporaryFolder { folder in
            try folder.write("alpha.plan", "bodies\n")
            try folder.write("another.plan", "kpi\n")
            try folder.write("sub/inner.plan", "kpi\n")
            try folder.write(".hidden.plan", "kpi\n")
            let dir = folder.path
            #expect(try candidates("run ", workingDirectory: dir) == ["alpha.plan", "another.plan", "sub/"])
            #expect(try candidates("run al", workingDirectory: dir) == ["alpha.plan"])
            #expect(try candidates("run sub/", workingDirectory: dir) == ["sub/inner.plan"])
            #expect(try candidates("run .h", workingDirectory: dir) == [".hidden.plan"])
            #expect(try candidates("run \(dir)/su") == ["\(dir)/sub/"])
            #expect(try candidates("save a", workingDirectory: dir) == ["alpha.plan", "another.plan"])
            #expect(try candidates("run nothing-like-it", workingDirectory: dir).isEmpty)
        }
    }

    @Test("fiscal years for fy")
    func fiscalYears() throws {
        let all = try candidates("fy ")
        #expect(all.first == "baseline")
        for year in ["FY2022", "R4", "FY2025", "R7"] { #expect(all.contains(year)) }
        #expect(try candidates("fy R") == ["R4", "R5", "R6", "R7"])
        #expect(try candidates("fy fy202").sorted() == ["FY2022", "FY2023", "FY2024", "FY2025"])
        #expect(try candidates("fy b") == ["baseline"])
    }

    @Test("snapshot names for diff, and help topics")
    func snapshotsAndHelp() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("snapshot before-edit")
        let completer = Completer(session: interpreter.session, workingDirectory: "/")
        #expect(completer.candidates(for: "diff b") == ["before-edit"])
        #expect(completer.candidates(for: "diff before-edit n") == ["now"])
        #expect(try candidates("help al") == ["allocate"])
        #expect(try candidates("help sel") == ["selectors"])
    }

    @Test("need features for weight")
    func features() throws {
        let all = try candidates("weight ")
        #expect(all.contains("village"))
        #expect(all.contains("evac12"))
        #expect(try candidates("weight uncovered:adv") == ["uncovered:advisor"])
    }
}

/// Readline hands over the word after an opening quote; the shell sees the quote too.
@Suite struct QuotedCompletionTests {
    @Test("a word opened with a quote completes like a bare one", arguments: [
        ("show 'hino", ["hinoemata"]), ("show \"檜枝", ["檜枝岐村"]), ("assign 'adv", ["advisor"]),
    ])
    func quoted(prefix: String, expected: [String]) throws {
        let interpreter = try makeInterpreter()
        #expect(Completer(session: interpreter.session, workingDirectory: "/").candidates(for: prefix) == expected)
    }
}
