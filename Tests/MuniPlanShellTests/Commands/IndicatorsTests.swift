import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `indicators load FILE.csv`: a code column plus numeric columns; bad files are located
/// errors, unknown codes are listed, and nothing of a bad file is loaded. `indicators set`
/// gives a column inline; `indicators` lists them.
@Suite("indicators")
struct IndicatorsTests {
    @Test("a good file loads every column, by 5- or 6-digit code, and becomes a feature and a cost")
    func loads() throws {
        try withTemporaryFolder { folder in
            try folder.write("aging.csv", "code,aging,budget\n073644,52.0,10\n07201,31.5,20\n")
            let shell = try makeInterpreter(workingDirectory: folder.path)
            let text = try shell.run("indicators load aging.csv").texts.joined()
            #expect(text.contains("aging (2 bodies)") && text.contains("budget (2 bodies)"))
            #expect(shell.session.plan.indicators.value("aging", for: "073644") == 52.0)
            #expect(shell.session.plan.indicators.value("aging", for: "072010") == 31.5)
            try shell.run("weight aging 1")
            // A budget needs every candidate's cost: the file gave two.
            #expect(shell.failure("allocate advisor 1 --budget 15 --cost budget").contains("a budget needs a cost for every body"))
            let costs = shell.session.dataset.bodies.filter(\.kind.isMunicipality)
                .map { "\($0.code),\($0.code == "072010" ? 1 : 50)" }.joined(separator: "\n")
            try folder.write("cost.csv", "code,cost\n" + costs + "\n")
            try shell.run("indicators load cost.csv")
            try shell.run("allocate advisor 1 --budget 15 --cost cost")
            #expect(shell.session.plan.covered("advisor", in: FiscalYear(2022)) == ["072010"])
        }
    }

    @Test("bad rows are FILE:LINE errors, unknown codes are listed, and nothing is loaded",
          arguments: [
            ("code,aging\n073644,52\n072010,old\n", "aging.csv:3: 'old' in column aging is not a number"),
            ("code,aging\n073644,52\n999999,1\nnowhere,2\n", "unknown codes: 999999 (line 3), nowhere (line 4)"),
            ("code,aging\n073644,52\n073644,53\n", "aging.csv:3: duplicate code 073644 (first on line 2)"),
            ("code,aging\n073644,52,9\n", "aging.csv:2: expected 2 fields, found 3"),
            ("aging\n52\n", "aging.csv:1: no column of bodies: head one code, コード, 団体コード, name, 名称 or 団体名"),
            ("code,population\n073644,1\n", "column 'population' would shadow the built-in feature"),
          ])
    func refused(content: String, message: String) throws {
        try withTemporaryFolder { folder in
            try folder.write("aging.csv", content)
            let shell = try makeInterpreter(workingDirectory: folder.path)
            let before = shell.session.plan
            let error = shell.failure("indicators load aging.csv")
            #expect(error.contains(message), "\(error)")
            #expect(!error.contains("\n"))
            #expect(shell.session.plan == before)
        }
    }

    @Test("a missing file is named")
    func missing() throws {
        let shell = try makeInterpreter()
        #expect(shell.failure("indicators load /nonexistent/x.csv").contains("missing file /nonexistent/x.csv"))
    }

    @Test("set gives a column inline, a body given twice taking its last value; the list shows it")
    func setAndList() throws {
        let shell = try makeInterpreter()
        #expect(try shell.run("indicators set aging 073644 52 hinoemata 31.5 tadami 2").texts == ["indicator aging: 2 bodies"])
        #expect(shell.session.plan.indicators.value("aging", for: "073644") == 31.5)
        let table = try #require(try shell.run("indicators").tables.first)
        #expect(table.rows.map { $0.cells.map(\.plain) } == [["aging", "2", "2.00", "31.50", "0.00"]])
    }

    @Test("a bad name, odd pairs or an unknown action are refused, and nothing changes", arguments: [
        ("indicators set population 073644 1",
         "indicator name 'population' must be lower-case ASCII letters, digits and hyphens, or start with kana or kanji (at most 40 characters, no spaces), and not a built-in feature"),
        ("indicators set aging 073644", "indicators: set needs a NAME and CODE VALUE pairs — usage: indicators [load FILE.csv | set NAME CODE VALUE…] [--encoding utf-8|cp932] [--sheet TEXT]"),
        ("indicators drop", "indicators: unknown action 'drop' — usage: indicators [load FILE.csv | set NAME CODE VALUE…] [--encoding utf-8|cp932] [--sheet TEXT]"),
        ("indicators load a.csv b.csv", "indicators: load takes one FILE — usage: indicators [load FILE.csv | set NAME CODE VALUE…] [--encoding utf-8|cp932] [--sheet TEXT]"),
    ])
    func setRefused(line: String, message: String) throws {
        let shell = try makeInterpreter()
        #expect(shell.failure(line) == message)
        #expect(shell.session.plan == Plan())
    }

    @Test("with none loaded the list says how to load one")
    func emptyList() throws {
        let table = try #require(try makeInterpreter().run("indicators").tables.first)
        #expect(table.rows.isEmpty)
        #expect(table.footer == ["no indicators loaded — indicators load FILE (CSV, TSV or .xlsx)"])
    }

    @Test("each form parses into the command; the set form's line (what save writes) parses back")
    func parsing() throws {
        #expect(try parsed("indicators") as? IndicatorsCommand == IndicatorsCommand(.list))
        #expect(try parsed("indicators load data/aging.csv") as? IndicatorsCommand == IndicatorsCommand(.load(file: "data/aging.csv")))
        let set = IndicatorsCommand(.set(name: "aging", values: [.init(body: "073644", value: 52), .init(body: "072010", value: 31.5)]))
        #expect(set.line == "indicators set aging 073644 52 072010 31.5")
        #expect(try parsed(set.line) as? IndicatorsCommand == set)
        #expect(IndicatorsCommand(.set(name: "empty", values: [])).line == "indicators set empty ")
    }

    /// A CSV of `count` columns `PREFIX0…` with a value for 檜枝岐村.
    static func columns(_ prefix: String, _ count: Int) -> String {
        "code," + (0..<count).map { "\(prefix)\($0)" }.joined(separator: ",") + "\n073644,"
            + (0..<count).map(String.init).joined(separator: ",") + "\n"
    }

    @Test("a plan holds at most 1,000 indicator columns: a file or a set past that is refused, nothing loaded")
    func columnLimit() throws {
        try withTemporaryFolder { folder in
            let shell = try makeInterpreter(workingDirectory: folder.path)
            try folder.write("wide.csv", Self.columns("c", 1_001))
            #expect(shell.failure("indicators load wide.csv")
                    == "wide.csv:1: 1001 value columns, more than the 1000 a plan may hold: load fewer")
            try folder.write("a.csv", Self.columns("a", 600))
            try folder.write("b.csv", Self.columns("b", 600))
            try shell.run("indicators load a.csv")
            let before = shell.session.plan
            #expect(shell.failure("indicators load b.csv")
                    == "the plan would hold 1200 indicator columns, more than the 1000 a plan may: load fewer")
            #expect(shell.session.plan == before)
            try folder.write("c.csv", Self.columns("c", 400))
            try shell.run("indicators load c.csv; indicators set a0 073644 7")
            #expect(shell.session.plan.indicators.names.count == 1_000)
            #expect(shell.failure("indicators set extra 073644 1").hasPrefix("the plan would hold 1001 indicator columns"))
        }
    }

    @Test("weight shows the first 12 terms after a change; weights shows every one")
    func manyWeights() throws {
        try withTemporaryFolder { folder in
            let shell = try makeInterpreter(workingDirectory: folder.path)
            try folder.write("many.csv", Self.columns("c", 30))
            try shell.run("indicators load many.csv; weights clear")
            for i in 0..<29 { try shell.run("weight c\(i) 1") }
            let shown = try shell.run("weight c29 2").texts.joined().split(separator: "\n")
            #expect(shown.first?.hasSuffix("1.00·c10 + 1.00·c11 + … (18 more terms)") == true, "\(shown.first ?? "")")
            #expect(shown.count == 1 + 12 + 1)
            #expect(shown.last == "  … and 18 more: weights lists every term")
            let all = try #require(try shell.run("weights").tables.first)
            #expect(all.rows.count == 30)
            #expect(all.title?.hasSuffix("1.00·c28 + 2.00·c29") == true)
        }
    }
}
