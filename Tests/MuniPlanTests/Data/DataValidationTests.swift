import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Bad data is refused with every problem located as `file:line: message`. Each test
/// copies Data/ to a temporary directory and changes one thing.
@Suite("Data validation")
struct DataValidationTests {
    static let bodies = DataLoader.bodiesFile
    static let districts = DataLoader.districtsFile
    static let measures = DataLoader.measuresFile

    @Test("the unchanged copy loads like the bundled data")
    func unchangedCopyLoads() throws {
        let bundled = try bundledDataset()
        try withTemporaryData { data in
            let copy = try DataLoader.load(directory: data.directory.path)
            #expect(copy.bodies == bundled.bodies)
            #expect(copy.kpis == bundled.kpis)
        }
    }

    @Test("wrong check digit: bodies.csv line N, the code in the message")
    func wrongCheckDigit() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村", with: "073645,檜枝岐村", in: Self.bodies)
            #expect(line == lineNumber(of: "073644,", in: try bundledText(Self.bodies)))
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line,
                              containing: ["073645", "check digit", "073644"])
        }
    }

    @Test("a municipality's code must have six digits")
    func fiveDigitCode() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村", with: "07364,檜枝岐村", in: Self.bodies)
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line, containing: ["07364", "6 digits"])
        }
    }

    @Test("duplicate code: the later line, naming the code and the first line")
    func duplicateCode() throws {
        try withTemporaryData { data in
            let text = try data.text(Self.bodies)
            let first = try #require(lineNumber(of: "073644,", in: text))
            let line = try data.replace("073679,只見町", with: "073644,只見町", in: Self.bodies)
            #expect(line > first)
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line,
                              containing: ["duplicate", "073644", "line \(first)"])
        }
    }

    @Test("unknown district: its line, the name and the known districts")
    func unknownDistrict() throws {
        try withTemporaryData { data in
            let line = try data.replace(",南会津,507,", with: ",北会津,507,", in: Self.bodies)
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line,
                              containing: ["unknown district", "北会津", "南会津", "いわき"])
        }
    }

    @Test("a KPI naming an unknown measure: measures.toml, the line of its measure key")
    func kpiUnknownMeasure() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"measure = "advisor""#, with: #"measure = "advisors""#, in: Self.measures,
                                        after: "[[kpi]]")
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line,
                              containing: ["unknown measure", "advisors"])
        }
    }

    @Test("a KPI naming an unknown item: measures.toml, the line of its items key")
    func kpiUnknownItem() throws {
        try withTemporaryData { data in
            // The advisor KPI (not the advisor measure, whose items line is the same).
            let line = try data.replace(#"items = ["1(5)", "1(7)", "1(10)"]"#, with: #"items = ["1(5)", "1(7)", "1(11)"]"#,
                                        in: Self.measures, after: #"id = "advisor"\#nmeasure = "advisor""#)
            let text = try data.text(Self.measures)
            let kpiHeader = try #require(lineNumber(of: #"measure = "advisor""#, in: text))
            #expect(line > kpiHeader, "the change must be in the KPI, not in the measure")
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line,
                              containing: ["unknown item", "1(11)"])
        }
    }

    @Test("a measure serving an unknown item")
    func measureUnknownItem() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"items = ["1(9)"]"#, with: #"items = ["1(99)"]"#, in: Self.measures,
                                        after: #"id = "bpr""#)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["unknown item", "1(99)"])
        }
    }

    @Test("an empty required field in bodies.csv", arguments: [
        (",檜枝岐村,ひのえまたむら,", ",,ひのえまたむら,", "name"),
        (",ひのえまたむら,hinoemata,", ",,hinoemata,", "kana"),
        (",hinoemata,village,", ",,village,", "romaji"),
        (",village,南会津,507,", ",,南会津,507,", "kind"),
        (",南会津,507,", ",,507,", "district"),
        (",南会津,507,", ",南会津,,", "population"),
    ])
    func emptyBodyField(old: String, new: String, column: String) throws {
        try withTemporaryData { data in
            let line = try data.replace(old, with: new, in: Self.bodies, after: "073644,")
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line, containing: ["empty \(column)"])
        }
    }

    @Test("an empty code in bodies.csv")
    func emptyCode() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村", with: ",檜枝岐村", in: Self.bodies)
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line, containing: ["empty code"])
        }
    }

    @Test("an empty field in districts.csv")
    func emptyDistrictField() throws {
        try withTemporaryData { data in
            let line = try data.replace("南会津,minamiaizu,", with: "南会津,,", in: Self.districts)
            expectSingleIssue(data.loadFailure(), file: Self.districts, line: line, containing: ["empty romaji"])
        }
    }

    @Test("an empty required string in measures.toml")
    func emptyTOMLField() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"title = "セキュリティ対策""#, with: #"title = """#, in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["title", "empty"])
        }
    }

    @Test("an item or measure with a problem is reported once, not again as 'unknown' where it is used")
    func noCascade() throws {
        try withTemporaryData { data in
            let itemLine = try data.replace(#"title = "セキュリティ対策""#, with: #"title = """#, in: Self.measures)
            let measureLine = try data.replace(#"name = "ＩＣＴアドバイザー市町村派遣事業""#, with: #"name = " ""#, in: Self.measures)
            let issues = data.loadFailure()
            #expect(issues.count == 2, "\(issues.map(\.description))")
            #expect(!issues.contains { $0.message.contains("unknown") }, "\(issues.map(\.description))")
            #expect(Set(issues.map(\.line)) == [itemLine, measureLine])
        }
    }

    @Test("a missing required key in measures.toml names the table's line")
    func missingTOMLKey() throws {
        try withTemporaryData { data in
            let text = try data.text(Self.measures)
            // `target` may be left out (no target); `unit` may not.
            let edited = try replacingFirst("unit = \"団体\"\n", with: "", in: text, after: #"id = "advisor"\#nmeasure"#)
            #expect(text.contains("[[kpi]]\nid = \"advisor\"\nmeasure = \"advisor\"\nkind = \"bodies\"\ntarget = 19\nunit = \"団体\"\n"))
            try data.write(Self.measures, edited.text)
            // The [[kpi]] header just above `id = "advisor"`.
            let header = edited.line - 5
            #expect(edited.text.components(separatedBy: "\n")[header - 1] == "[[kpi]]")
            let issues = data.loadFailure()
            expectSingleIssue(issues, file: Self.measures, line: header, containing: ["missing", "unit"])
        }
    }

    @Test("population must be a whole number ≥ 0", arguments: ["-5", "12.5", "abc", "+507", "５０７", "5e2", "0x1F"])
    func badPopulation(value: String) throws {
        try withTemporaryData { data in
            let line = try data.replace(",南会津,507,", with: ",南会津,\(value),", in: Self.bodies)
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line,
                              containing: ["population", "'\(value)'", "whole number"])
        }
    }

    @Test("population 0 is accepted (双葉町)")
    func zeroPopulation() throws {
        try withTemporaryData { data in
            try data.replace(",南会津,507,", with: ",南会津,0,", in: Self.bodies)
            let loaded = try DataLoader.load(directory: data.directory.path)
            #expect(loaded.body(code: "073644")?.population == 0)
        }
    }

    @Test("several problems are all reported, in every file")
    func severalProblems() throws {
        try withTemporaryData { data in
            let checkDigit = try data.replace("073644,檜枝岐村", with: "073645,檜枝岐村", in: Self.bodies)
            let district = try data.replace(",県南,59531,", with: ",県東,59531,", in: Self.bodies)
            let population = try data.replace(",相双,847,", with: ",相双,-847,", in: Self.bodies)
            let measure = try data.replace(#"measure = "seminar""#, with: #"measure = "seminars""#, in: Self.measures)
            let item = try data.replace(#"items = ["1(8)"]"#, with: #"items = ["9(9)"]"#, in: Self.measures,
                                        after: #"id = "security-cloud"\#nmeasure"#)
            let issues = data.loadFailure()
            #expect(issues.count == 5, "\(issues.map(\.description))")
            let located = Set(issues.map { "\($0.file):\($0.line)" })
            #expect(located == ["\(Self.bodies):\(checkDigit)", "\(Self.bodies):\(district)", "\(Self.bodies):\(population)",
                                "\(Self.measures):\(measure)", "\(Self.measures):\(item)"])
            // Reported in file order, line order within a file.
            let bodyLines = issues.filter { $0.file == Self.bodies }.map(\.line)
            #expect(bodyLines == bodyLines.sorted())
        }
    }

    @Test("several problems on one line are all reported")
    func severalProblemsOnOneLine() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村,ひのえまたむら,hinoemata,village,南会津,507",
                                        with: "073645,檜枝岐村,ひのえまたむら,hinoemata,village,北会津,-1", in: Self.bodies)
            let issues = data.loadFailure()
            #expect(issues.count == 3, "\(issues.map(\.description))")
            #expect(issues.allSatisfy { $0.file == Self.bodies && $0.line == line })
        }
    }

    @Test("a missing file is named")
    func missingFile() throws {
        try withTemporaryData { data in
            try FileManager.default.removeItem(at: data.directory.appendingPathComponent(Self.measures))
            let issues = data.loadFailure()
            #expect(issues.count == 1)
            #expect(issues.first?.file == Self.measures)
            #expect(issues.first?.message.contains("missing") == true)
        }
    }
}
