import Testing
@testable import MuniPlanShell

/// Trailing `\` continues a command on the next physical line.
@Suite struct LineAssemblerTests {
    /// Feeds every line; returns the logical lines with their first line numbers.
    func assemble(_ lines: [String]) -> [(text: String, line: Int)] {
        var assembler = LineAssembler()
        var out: [(text: String, line: Int)] = []
        for (i, line) in lines.enumerated() {
            if let logical = assembler.feed(line, number: i + 1) { out.append(logical) }
        }
        if let rest = assembler.finish() { out.append(rest) }
        return out
    }

    @Test("a trailing backslash joins the next line; the logical line starts where it began")
    func continuation() throws {
        let logical = assemble(["bodies", "assign advisor 檜枝岐村 \\", "    只見町 \\", "  tadami", "kpi"])
        #expect(logical.map(\.text) == ["bodies", "assign advisor 檜枝岐村     只見町   tadami", "kpi"])
        #expect(logical.map(\.line) == [1, 2, 5])
        try #require(logical.count == 3)
        #expect(try words(logical[1].text) == ["assign", "advisor", "檜枝岐村", "只見町", "tadami"])
    }

    @Test("an escaped backslash at the end is a literal backslash, not a continuation")
    func doubledBackslash() throws {
        let logical = assemble([#"x a\\"#, "kpi"])
        try #require(logical.map(\.text) == [#"x a\\"#, "kpi"])
        #expect(try words(logical[0].text) == ["x", #"a\"#])
        #expect(assemble([#"x a\\\"#, "b"]).map(\.text) == [#"x a\\b"#])
    }

    @Test("a backslash that ends a comment does not continue it onto the next command")
    func commentEndingInBackslash() throws {
        #expect(assemble([#"# data from C:\muniplan\"#, "assign advisor hinoemata"]).map(\.text)
                == [#"# data from C:\muniplan\"#, "assign advisor hinoemata"])
        #expect(assemble([#"bodies # note \"#, "kpi"]).map(\.text) == [#"bodies # note \"#, "kpi"])
        // A # inside a word or quotes starts no comment, so these still continue.
        #expect(assemble([#"x a#b \"#, "c"]).map(\.text) == ["x a#b c"])
        #expect(assemble([#"x '# not' \"#, "c"]).map(\.text) == ["x '# not' c"])
        #expect(assemble([##"x \# \"##, "c"]).map(\.text) == [##"x \# c"##])
        let interpreter = try makeInterpreter()
        #expect(interpreter.script([#"# data from C:\muniplan\"#, "assign advisor hinoemata"]).outcome.succeeded)
        #expect(interpreter.session.plan.covered("advisor", in: interpreter.session.year) == ["073644"])
    }

    @Test("CRLF line ends do not hide a continuation")
    func crlf() {
        #expect(assemble(["assign advisor a \\\r", "b\r"]).map(\.text) == ["assign advisor a b"])
    }

    @Test("input that ends in a continuation still gives its last line")
    func danglingContinuation() {
        var assembler = LineAssembler()
        #expect(assembler.feed("bodies \\", number: 7) == nil)
        #expect(assembler.pending == "bodies ")
        let rest = assembler.finish()
        #expect(rest?.text == "bodies ")
        #expect(rest?.line == 7)
        #expect(assembler.finish() == nil)
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
    func manyContinuations() {
        let count = 50_000
        var assembler = LineAssembler()
        var joined: (text: String, line: Int)?
        for i in 1...count {
            let line = i < count ? "  w\(i) '# q' \\" : "  end"
            if let logical = assembler.feed(line, number: i + 3) { joined = logical }
        }
        #expect(joined?.line == 4)
        #expect(joined?.text.hasSuffix("w\(count - 1) '# q'   end") == true)
        #expect(joined?.text.utf8.count == (1..<count).reduce(0) { $0 + "  w\($1) '# q' ".utf8.count } + "  end".utf8.count)
    }

    @Test("a quote or an escape left open on one line carries over to the next")
    func stateCarriesOver() {
        // The # on the second line is inside the quote opened on the first: no comment.
        #expect(assemble(["x 'a \\", "# b' \\", "c"]).map(\.text) == ["x 'a # b' c"])
        // After a comment starts on a continued line, its trailing backslash is the comment's.
        #expect(assemble(["x \\", "# note \\", "kpi"]).map(\.text) == ["x # note \\", "kpi"])
    }
}
