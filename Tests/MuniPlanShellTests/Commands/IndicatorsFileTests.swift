import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `indicators load` of files as Excel and Windows save them: a BOM, CRLF, CP932, TSV,
/// Japanese headings, codes as Excel mangles them, names instead of codes, formatted
/// numbers, and .xlsx workbooks — each good shape loads, each bad one is a located error
/// that loads nothing.
@Suite("indicators load: files from Excel")
struct IndicatorsFileTests {
    private func cp932(_ text: String) throws -> [UInt8] { try #require(CP932.bytes(text)) }

    @Test("each shape Excel saves loads the same values", arguments: [
        ("a.csv", "\u{FEFF}code,aging\r\n073644,52\r\n072010,31.5\r\n"),
        ("a.csv", "コード,aging\n=\"073644\",52\n=\"072010\",31.5\n"),
        ("a.csv", "団体コード,aging\n73644,52\n72010,31.5\n"),
        ("a.csv", "code,aging\n07364,52\n7201,31.5\n"),
        ("a.csv", "名称,aging\n檜枝岐村,52\nfukushima,31.5\n"),
        ("a.csv", "団体名,aging\nひのえまた,\"52.0%\"\n福島市,３１．５\n"),
        ("a.tsv", "code\taging\n073644\t52\n072010\t31.5\n"),
        ("a.txt", "code\taging\r\n073644\t52\r\n072010\t31.5\r\n"),
        ("a.csv", "ＣＯＤＥ,aging\n073644,52\n072010,31.5\n"),
        ("a.csv", "Code,aging\n073644,52\n072010,31.5\n"),
        ("a.csv", " Name ,aging\n檜枝岐村,52\nfukushima,31.5\n"),
    ])
    func shapes(file: String, content: String) throws {
        try withShell(files: [file: utf8(content)]) { shell, _ in
            try shell.run("indicators load \(file)")
            #expect(shell.session.plan.indicators.columns["aging"] == ["073644": 52, "072010": 31.5])
        }
    }

    @Test("thousands separators, full-width digits and a Japanese heading usable in weight")
    func japaneseColumn() throws {
        try withShell(files: ["a.csv": utf8("コード,高齢者数\n073644,\"1,234\"\n072010,\"１２，３４５\"\n")]) { shell, _ in
            #expect(try shell.run("indicators load a.csv").texts == ["loaded 高齢者数 (2 bodies) — use them with: weight NAME W, --cost NAME"])
            #expect(shell.session.plan.indicators.columns["高齢者数"] == ["073644": 1234, "072010": 12345])
            try shell.run("weight 高齢者数 2")
            #expect(shell.session.plan.weights.terms.contains { $0.feature == .indicator("高齢者数") && $0.weight == 2 })
            try shell.run("indicators set 人口密度 073644 3.5")
            #expect(shell.session.plan.indicators.value("人口密度", for: "073644") == 3.5)
        }
    }

    @Test("CP932 is detected, or read as told; told wrong, it is refused at its line")
    func cp932Files() throws {
        let files = ["s.csv": try cp932("コード,高齢化率\r\n073644,52\r\n"), "bad.csv": utf8("code,aging\n073644,52\n") + [0x82, 0x0A]]
        try withShell(files: files) { shell, _ in
            try shell.run("indicators load s.csv")
            #expect(shell.session.plan.indicators.value("高齢化率", for: "073644") == 52)
            try shell.run("indicators load s.csv --encoding cp932")
            #expect(shell.failure("indicators load s.csv --encoding utf-8") == "s.csv:1: not UTF-8 text (save the file as UTF-8)")
            #expect(shell.failure("indicators load bad.csv --encoding cp932")
                == "bad.csv:3: not CP932 text (save the file as UTF-8, or leave out --encoding cp932)")
        }
    }

    /// UTF-16 with its byte order mark, as Excel's "Unicode テキスト" and Notepad's "Unicode" save.
    static func utf16(_ text: String, littleEndian: Bool = true) -> [UInt8] {
        (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + text.utf16.flatMap { unit in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
    }

    @Test("UTF-16 as Excel's Unicode text saves it (tabs, CRLF, either byte order) loads, whatever --encoding says; broken, it is refused at its line")
    func utf16Files() throws {
        let tsv = "コード\t高齢化率\r\n073644\t52\r\n072010\t31.5\r\n"
        let files = ["le.txt": Self.utf16(tsv), "be.tsv": Self.utf16(tsv, littleEndian: false),
                     "surrogate.txt": Self.utf16("code\taging\r\n") + [0x00, 0xD8, 0x35, 0x00],
                     "odd.txt": Self.utf16("code\taging\r\n073644\t52\r\n") + [0x41],
                     "nul.txt": Self.utf16("code\taging\n\u{0}\n")]
        try withShell(files: files) { shell, _ in
            for file in ["le.txt", "be.tsv"] {
                for encoding in ["", " --encoding cp932", " --encoding utf-8"] {
                    try shell.run("indicators load \(file)\(encoding)")
                    #expect(shell.session.plan.indicators.columns["高齢化率"] == ["073644": 52, "072010": 31.5], "\(file)\(encoding)")
                }
            }
            let plan = shell.session.plan
            #expect(shell.failure("indicators load surrogate.txt") == "surrogate.txt:2: not UTF-16 text, though it starts as UTF-16 does (save the file as UTF-8)")
            #expect(shell.failure("indicators load odd.txt") == "odd.txt:3: not UTF-16 text, though it starts as UTF-16 does (save the file as UTF-8)")
            #expect(shell.failure("indicators load nul.txt") == "nul.txt:2: a NUL byte: not a text file (a binary file?); nothing of it was used")
            #expect(shell.session.plan == plan)
            try shell.run("lang ja")
            #expect(shell.failure("indicators load odd.txt") == "odd.txt:3: UTF-16のテキストとして読めません（UTF-8で保存してください）")
        }
    }

    /// --encoding latin1 was read as "detect", and --sheet on a form that reads no file dropped.
    static let unknownEncoding = ("unknown encoding 'latin1' (use one of utf-8, cp932)", "不明な文字コード「latin1」（utf-8、cp932 のいずれかを指定してください）")
    static func onlyForLoad(_ option: String) -> (String, String) {
        ("\(option) is only for load: this form reads no file (leave it out)", "\(option) は load でのみ指定できます。この形式はファイルを読みません（外してください）")
    }

    @Test("an unknown encoding, or --encoding or --sheet on a form that reads no file, is a usage error that loads nothing", arguments: [
        ("indicators load s.csv --encoding latin1", unknownEncoding), ("actual load s.csv --encoding latin1", unknownEncoding),
        ("run s.csv --encoding latin1", unknownEncoding),
        ("indicators set aging 072010 3 --encoding cp932", onlyForLoad("--encoding")), ("indicators --sheet 表1", onlyForLoad("--sheet")),
        ("actual set advisor R4 072010 yes --sheet 表1", onlyForLoad("--sheet")), ("actual clear --encoding utf-8", onlyForLoad("--encoding")),
        ("actual --encoding cp932", onlyForLoad("--encoding")),
    ])
    func refusedOptions(line: String, problem: (english: String, japanese: String)) throws {
        try withShell(files: ["s.csv": utf8("code,aging\n073644,52\n")]) { shell, _ in
            let command = String(line.prefix { $0 != " " })
            #expect(shell.failure(line).hasPrefix("\(command): \(problem.english) — usage: \(command) "))
            try shell.run("lang ja")
            #expect(shell.failure(line).hasPrefix("\(command)：\(problem.japanese) — 使い方：\(command) "))
            #expect(shell.session.plan.indicators.columns.isEmpty && shell.session.plan.actuals.isEmpty)
        }
    }

    @Test("bad files are FILE:LINE errors that say what to do, and load nothing", arguments: [
        ("aging,x\n1,2\n", "a.csv:1: no column of bodies: head one code, コード, 団体コード, name, 名称 or 団体名 (header: aging,x)"),
        ("name,aging\n檜枝岐村,1\nnowhere-at-all,2\n", "a.csv:3: unknown body 'nowhere-at-all'"),
        ("name,aging\n檜枝岐村,1\nkind:village,2\n", "a.csv:3: ambiguous body 'kind:village' — it fits 15"),
        ("code,aging\n073644,\"1,23\"\n", "a.csv:2: '1,23' in column aging is not a number"),
        ("code,aging\n073644,12%%\n", "a.csv:2: '12%%' in column aging is not a number"),
        ("code,高齢 化率\n073644,1\n", "a.csv:1: column '高齢 化率' must be lower-case ASCII letters"),
        ("code,aging\n073644,52\n=\"072010\n", "a.csv:3: quoted field is never closed"),
    ])
    func refused(content: String, message: String) throws {
        try withShell(files: ["a.csv": utf8(content)]) { shell, _ in
            #expect(shell.failure("indicators load a.csv").hasPrefix(message), "\(shell.failure("indicators load a.csv"))")
            #expect(shell.session.plan == Plan())
        }
    }

    @Test("a 5-digit code two bodies could have (no check digit, or a dropped zero) is an error naming its row")
    func ambiguousCode() throws {
        // 72010 is 072010 without its leading zero, and 72010 without its check digit (720101).
        let dataset = makeDataset([makeBody("07201", "福島市", kana: "ふくしまし", romaji: "fukushima", kind: .city, district: "県北"),
                                   makeBody("72010", "架空市", kana: "かくうし", romaji: "kakuu", kind: .city, district: "県北")])
        try withTemporaryFolder { folder in
            try folder.write("a.csv", "code,aging\n720101,1\n72010,2\n")
            let shell = try makeInterpreter(over: dataset, workingDirectory: folder.path)
            #expect(shell.failure("indicators load a.csv") == "a.csv:3: code 72010 could be 720101 or 072010: write all 6 digits")
            #expect(shell.session.plan == Plan())
        }
    }

    @Test("round trip: export bodies to .xlsx in Japanese, load it back: the same populations, text columns left out; in English the population column is refused")
    func xlsxRoundTrip() throws {
        try withShell { shell, _ in
            try shell.run("lang ja")
            try shell.run("export bodies --to b.xlsx")
            let said = try shell.run("indicators load b.xlsx").texts.joined(separator: "\n")
            #expect(said.contains("数値のない列は読み込みませんでした：かな、ローマ字、種別、地域"), "\(said)")
            let expected = Dictionary(uniqueKeysWithValues: shell.session.dataset.bodies.compactMap { body in
                body.population.map { (body.code, Double($0)) }
            })
            #expect(shell.session.plan.indicators.columns["人口"] == expected)
            try shell.run("weight 人口 1")
            try shell.run("lang en")
            try shell.run("export bodies --to e.xlsx")
            try shell.run("indicators set 人口 073644 1")
            let before = shell.session.plan
            // English heads the column with the built-in feature's own name, which an
            // indicator may not shadow: refused, at its line, and nothing changes.
            #expect(shell.failure("indicators load e.xlsx") == "e.xlsx:1: column 'population' would shadow the built-in feature of that name")
            #expect(shell.failure("indicators load e.xlsx --sheet nope") == "e.xlsx:1: no sheet 'nope' — sheets: bodies, sources")
            #expect(shell.failure("indicators load e.xlsx --encoding cp932").hasPrefix("e.xlsx:1: --encoding is for CSV and TSV files"))
            #expect(shell.session.plan == before)
        }
    }

    /// A coverage export has a column a measure for each, empty where nobody is covered: such
    /// a column is left out beside a column of numbers, not loaded as an indicator of no bodies.
    @Test("empty columns are left out beside numbers, as text columns are")
    func emptyColumnsLeftOut() throws {
        try withShell { shell, folder in
            try folder.write("c.csv", "code,name,aging,bpr,note\n072010,福島市,30.5,,\n072028,会津若松市,33.1,,\n")
            let said = try shell.run("indicators load c.csv").texts.joined(separator: "\n")
            #expect(said.contains("left out columns without numbers: bpr, note"), "\(said)")
            #expect(shell.session.plan.indicators.columns.keys.sorted() == ["aging"])
            // Nothing but empty columns: nothing to load, said so; the plan keeps what it had.
            try folder.write("e.csv", "code,bpr\n072010,\n")
            #expect(shell.failure("indicators load e.csv") == "e.csv:1: no numeric columns beside 'code'")
            #expect(shell.session.plan.indicators.columns.keys.sorted() == ["aging"])
        }
    }

    @Test("a damaged workbook is a located error, not a crash, and loads nothing")
    func damagedWorkbook() throws {
        try withShell { shell, folder in
            try shell.run("export bodies --to b.xlsx")
            let bytes = try Data(contentsOf: folder.url.appendingPathComponent("b.xlsx"))
            try bytes.prefix(bytes.count / 2).write(to: folder.url.appendingPathComponent("half.xlsx"))
            #expect(shell.failure("indicators load half.xlsx") == "half.xlsx:1: not a readable .xlsx workbook (save it again from Excel, or as CSV)")
            #expect(shell.session.plan == Plan())
        }
    }

    @Test("what the loader says reads in Japanese")
    func japanese() throws {
        try withShell(files: ["a.csv": utf8("aging,x\n1,2\n")]) { shell, _ in
            try shell.run("lang ja")
            #expect(shell.failure("indicators load a.csv")
                == "a.csv:1: 団体の列がありません。見出しを code、コード、団体コード、name、名称、団体名のいずれかにしてください（見出し行：aging,x）")
            #expect(shell.failure("indicators load a.csv --sheet x") == "a.csv:1: --sheet は.xlsxブック用です。このファイルはテキストです（外してください）")
        }
    }
}
