import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Trailing `\` continues a command on the next physical line.
@Suite struct LineAssemblerTests {
    /// Feeds every line; returns the logical lines with their first line numbers.
    func assemble(_ lines: [String]) throws -> [(text: String, line: Int)] {
        var assembler = LineAssembler()
        var out: [(text: String, line: Int)] = []
        for (i, line) in lines.enumerated() {
            if let logical = try assembler.feed(line, number: i + 1) { out.append(logical) }
        }
        if let rest = try assembler.finish() { out.append(rest) }
        return out
    }

    @Test("a trailing backslash joins the next line; the logical line starts where it began")
    func continuation() throws {
        let logical = try assemble(["bodies", "assign advisor 檜枝岐村 \\", "    只見町 \\", "  tadami", "kpi"])
        #expect(logical.map(\.text) == ["bodies", "assign advisor 檜枝岐村     只見町   tadami", "kpi"])
        #expect(logical.map(\.line) == [1, 2, 5])
        try #require(logical.count == 3)
        #expect(try words(logical[1].text) == ["assign", "advisor", "檜枝岐村", "只見町", "tadami"])
    }

    @Test("an escaped backslash at the end is a literal backslash, not a continuation")
    func doubledBackslash() throws {
        let logical = try assemble([#"x a\\"#, "kpi"])
        try #require(logical.map(\.text) == [#"x a\\"#, "kpi"])
        #expect(try words(logical[0].text) == ["x", #"a\"#])
        #expect(try assemble([#"x a\\\"#, "b"]).map(\.text) == [#"x a\\b"#])
    }

    @Test("a backslash that ends a comment does not continue it onto the next command")
    func commentEndingInBackslash() throws {
        #expect(try assemble([#"# data from C:\muniplan\"#, "assign advisor hinoemata"]).map(\.text)
                == [#"# data from C:\muniplan\"#, "assign advisor hinoemata"])
        #expect(try assemble([#"bodies # note \"#, "kpi"]).map(\.text) == [#"bodies # note \"#, "kpi"])
        // A # inside a word or quotes starts no comment, so these still continue.
        #expect(try assemble([#"x a#b \"#, "c"]).map(\.text) == ["x a#b c"])
        #expect(try assemble([#"x '# not' \"#, "c"]).map(\.text) == ["x '# not' c"])
        #expect(try assemble([##"x \# \"##, "c"]).map(\.text) == [##"x \# c"##])
        let interpreter = try makeInterpreter()
        #expect(interpreter.script([#"# data from C:\muniplan\"#, "assign advisor hinoemata"]).outcome.succeeded)
        #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year) == ["073644"])
    }

    @Test("CRLF line ends do not hide a continuation")
    func crlf() throws {
        #expect(try assemble(["assign advisor a \\\r", "b\r"]).map(\.text) == ["assign advisor a b"])
    }

    @Test("input that ends in a continuation still gives its last line")
    func danglingContinuation() throws {
        var assembler = LineAssembler()
        #expect(try assembler.feed("bodies \\", number: 7) == nil)
        #expect(assembler.pending == "bodies ")
        let rest = try assembler.finish()
        #expect(rest?.text == "bodies ")
        #expect(rest?.line == 7)
        #expect(try assembler.finish() == nil)
    }

    @Test("a script's continued command runs as one command, errors at its first line")
    func scriptContinuation() throws {
        let interpreter = try makeInterpreter()
        let ok = interpreter.script(["assign advisor \\", "  檜枝岐村 \\", "  只見町"])
        #expect(ok.outcome.succeeded)
        #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year).count == 2)
        let bad = interpreter.script(["bodies", "assign advisor \\", "  nowhere"], name: "s.plan")
        #expect(bad.outcome.errors.count == 1)
        #expect(bad.outcome.errors.first?.hasPrefix("s.plan:2: unknown body 'nowhere'") == true)
    }

    @Test("50,000 continued lines join into one command, each line scanned once (was quadratic: past 120 s)")
    func manyContinuations() throws {
        let count = 50_000
        var assembler = LineAssembler()
        var joined: (text: String, line: Int)?
        for i in 1...count {
            let line = i < count ? "  w\(i) '# q' \\" : "  end"
            if let logical = try assembler.feed(line, number: i + 3) { joined = logical }
        }
        #expect(joined?.line == 4)
        #expect(joined?.text.hasSuffix("w\(count - 1) '# q'   end") == true)
        #expect(joined?.text.utf8.count == (1..<count).reduce(0) { $0 + "  w\($1) '# q' ".utf8.count } + "  end".utf8.count)
    }

    @Test("a quote or an escape left open on one line carries over to the next")
    func stateCarriesOver() throws {
        // The # on the second line is inside the quote opened on the first: no comment.
        #expect(try assemble(["x 'a \\", "# b' \\", "c"]).map(\.text) == ["x 'a # b' c"])
        // After a comment starts on a continued line, its trailing backslash is the comment's.
        #expect(try assemble(["x \\", "# note \\", "kpi"]).map(\.text) == ["x # note \\", "kpi"])
    }

    @Test("a logical line over the limit is refused at its first line, and the lines after it read as usual")
    func overLimit() throws {
        var assembler = LineAssembler(limit: 20)
        // 10 + 10 bytes (the backslash is not part of the command): at the limit, kept.
        #expect(try assembler.feed("bodies 123\\", number: 1) == nil)
        #expect(try assembler.feed("4567890123", number: 2)?.text == "bodies 1234567890123")
        #expect(try assembler.feed("assign advisor \\", number: 3) == nil)
        #expect(try assembler.feed("  檜枝岐村 \\", number: 4) == nil)
        #expect(assembler.continuing)
        #expect(assembler.pending == nil, "nothing of a line over the limit is kept")
        #expect(throws: LineAssembler.TooLong(line: 3, limit: 20)) { try assembler.feed("  tadami", number: 5) }
        #expect(!assembler.continuing)
        #expect(try assembler.feed("kpi", number: 6)?.line == 6)
        // One physical line over the limit, and one left open at the end of the input.
        #expect(throws: LineAssembler.TooLong(line: 7, limit: 20)) { try assembler.feed(String(repeating: "x", count: 21), number: 7) }
        #expect(try assembler.feed(String(repeating: "x", count: 30) + " \\", number: 8) == nil)
        #expect(throws: LineAssembler.TooLong(line: 8, limit: 20)) { try assembler.finish() }
        #expect(try assembler.finish() == nil)
    }

    @Test("a script's command over 4 MiB is a located error; with --keep-going the next line runs")
    func scriptOverLimit() throws {
        let interpreter = try makeInterpreter()
        // 11,000 continued lines of 400 bytes: 4.4 MB as one command.
        let long = ["assign advisor \\"] + (0..<11_000).map { _ in String(repeating: "a", count: 398) + " \\" } + ["  x"]
        let (outcome, reported) = interpreter.script(["fy R5"] + long + ["assign advisor 檜枝岐村"], name: "big.plan", keepGoing: true)
        #expect(outcome.errors == ["big.plan:2: command line longer than 4 MiB (continuation lines joined): not run — "
                                   + "split it into several commands"])
        #expect(reported == outcome.errors)
        #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2023)) == ["073644"])
    }
}
