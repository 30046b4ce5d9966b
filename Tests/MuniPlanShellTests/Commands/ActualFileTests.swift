import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `actual load` of files as staff keep them, and every way one is refused: a located
/// FILE:LINE error naming the column, in either language, and nothing loaded.
@Suite("actual load: results files and their errors")
struct ActualFileTests {
    @Test("bodies by code (as Excel writes it), name, kana or romaji; measures by id, name or alias; years in any form", arguments: [
        "code,measure,fy,covered\n072010,advisor,R4,済\n",
        "\u{FEFF}コード,事業,年度,実施\r\n=\"072010\",ＩＣＴアドバイザー市町村派遣事業,令和4年度,○\r\n",
        "団体コード,事業名,年度,実施状況\n72010,アドバイザー派遣,2022,yes\n",
        "name,measure,year,covered\n福島市,advisor,FY2022,1\n",
        "団体名,measure,fy,covered\nふくしまし,advisor,R4,true\n",
        "団体\t事業\t年度\t実施\nfukushima\tadvisor\tR4\tYES\n",
    ])
    func shapes(content: String) throws {
        let file = content.contains("\t") ? "a.tsv" : "a.csv"
        try withShell(files: [file: utf8(content)]) { shell, _ in
            try shell.run("actual load \(file)")
            #expect(shell.session.plan.actuals == Actuals([Actuals.Key(measure: "advisor", year: FiscalYear(2022), body: "072010"): .covered(true)]))
        }
    }

    @Test("CP932, values with % and separators, and the prefecture's own row")
    func cp932() throws {
        let bytes = try #require(CP932.bytes("団体名,事業,年度,実績\r\n郡山市,マイナンバーカード,R4,45.3%\r\n福島県,e-application,R4,\"12,345\"\r\n"))
        try withShell(files: ["a.csv": bytes]) { shell, _ in
            try shell.run("actual load a.csv")
            #expect(shell.session.plan.actuals.result("mynumber", year: FiscalYear(2022), body: "072036") == .value(45.3))
            #expect(shell.session.plan.actuals.result("e-application", year: FiscalYear(2022), body: nil) == .value(12345))
        }
    }

    @Test("each bad row is FILE:LINE naming its column, and nothing is loaded", arguments: [
        ("code,fy,covered\n072010,R4,済\n", "a.csv:1: no measure/事業 column: the first line is 'code,fy,covered'"),
        ("measure,fy,value\nmynumber,R4,1\n", "a.csv:1: no code/name/団体 column: the first line is 'measure,fy,value'"),
        ("code,measure,fy\n072010,advisor,R4\n", "a.csv:1: no covered/実施 or value/実績 column: the first line is 'code,measure,fy'"),
        ("code,measure,fy,covered\n", "a.csv:1: no results in the file"),
        ("name,measure,fy,covered\nnowhere-at-all,advisor,R4,済\n", "a.csv:2: unknown body 'nowhere-at-all'"),
        ("code,measure,fy,covered\n072010,advisr,R4,済\n", "a.csv:2: unknown measure 'advisr'"),
        ("code,measure,fy,covered\n072010,advisor,R99,済\n",
         "a.csv:2: 'R99' in column fy is not a fiscal year (FY2022, R4, 令和4年度, 2022 or baseline)"),
        ("code,measure,fy,covered\n072010,advisor,R4,maybe\n",
         "a.csv:2: 'maybe' in column covered is not one of 済/未, ○/×, yes/no, 1/0, true/false"),
        ("code,measure,fy,value\n072010,mynumber,R4,lots\n", "a.csv:2: 'lots' in column value is not a number"),
        ("code,measure,fy,value\n072010,mynumber,R4,1e300\n", "a.csv:2: 1e300 in column value is out of range"),
        ("code,measure,fy,covered,value\n072010,mynumber,R4,,\n", "a.csv:2: no result: give covered or value"),
        ("code,measure,fy,covered,value\n072010,mynumber,R4,済,40\n", "a.csv:2: give covered or value, not both"),
        ("code,measure,fy,value\n072010,advisor,R4,3\n", "a.csv:2: advisor counts bodies: give covered (yes/no), not a value"),
        ("name,measure,fy,covered\n福島県,advisor,R4,済\n", "a.csv:2: a row for 福島県 gives a value, not covered yes/no"),
        ("code,measure,fy,covered\n072010,advisor,R4,済\nfukushima,アドバイザー派遣,FY2022,未\n",
         "a.csv:3: duplicate result for 072010, advisor, FY2022 (first on line 2)"),
        ("code,measure,fy,covered\n072010,advisor,R4\n", "a.csv:2: expected 4 fields, found 3"),
    ])
    func refused(content: String, message: String) throws {
        try withShell(files: ["a.csv": utf8(content)]) { shell, _ in
            let said = shell.failure("actual load a.csv")
            #expect(said.hasPrefix(message), "\(said)")
            #expect(shell.session.plan == Plan())
        }
    }

    @Test("a row's every problem is reported, with the column")
    func everyProblem() throws {
        try withShell(files: ["a.csv": utf8("name,measure,fy,covered\nnowhere-at-all,advisr,R99,maybe\n")]) { shell, _ in
            let said = shell.failure("actual load a.csv")
            #expect(said.contains("(column name)"), "\(said)")
            #expect(said.contains("(column measure)"), "\(said)")
            #expect(said.contains("in column fy"), "\(said)")
            #expect(said.contains("and 1 more") || said.contains("1 more"), "\(said)")
        }
    }

    @Test("Japanese errors", arguments: [
        ("code,fy,covered\n072010,R4,済\n", "a.csv:1: measure/事業の列がありません：1行目は「code,fy,covered」です"),
        ("code,measure,fy,covered\n072010,advisor,R99,済\n",
         "a.csv:2: 列fyの「R99」は年度ではありません（FY2022、R4、令和4年度、2022 または baseline）"),
        ("code,measure,fy,covered\n072010,advisor,R4,maybe\n",
         "a.csv:2: 列coveredの「maybe」は 済/未、○/×、yes/no、1/0、true/false のいずれでもありません"),
        ("code,measure,fy,value\n072010,advisor,R4,3\n", "a.csv:2: advisorは団体数で数えます：値ではなくcovered（済/未）を記入してください"),
        ("code,measure,fy,covered\n072010,advisor,R4,済\n072010,advisor,R4,未\n",
         "a.csv:3: 072010・advisor・令和4年度の実績が重複しています（最初は2行）"),
        ("code,measure,fy,covered,value\n072010,mynumber,R4,,\n", "a.csv:2: 実績がありません：coveredまたはvalueを記入してください"),
        ("code,measure,fy,covered\n072010,advisr,R4,済\n", "（列measure）"),
    ])
    func japanese(content: String, message: String) throws {
        try withShell(files: ["a.csv": utf8(content)]) { shell, _ in
            try shell.run("lang ja")
            let said = shell.failure("actual load a.csv")
            #expect(message.hasPrefix("a.csv") ? said.hasPrefix(message) : said.contains(message), "\(said)")
        }
    }

    @Test("usage and a missing file, in both languages")
    func usage() throws {
        try withShell { shell, _ in
            #expect(shell.failure("actual load").contains("load takes one FILE"))
            #expect(shell.failure("actual clear now").contains("clear takes no arguments"))
            #expect(shell.failure("actual set advisor").contains("set needs a MEASURE, a FY and BODY RESULT pairs"))
            #expect(shell.failure("actual frob").contains("unknown action 'frob' (load, clear or set)"))
            #expect(shell.failure("actual load none.csv") == "missing file none.csv")
            #expect(shell.failure("actual set advisor R4 072010 maybe").contains("'maybe'"))
            #expect(shell.failure("actual set advisor R4 nowhere-at-all yes").hasPrefix("unknown body 'nowhere-at-all'"))
            try shell.run("lang ja")
            #expect(shell.failure("actual load").contains("load には FILE を1つ指定してください"))
            #expect(shell.failure("actual frob").contains("不明な操作「frob」（load、clear、set のいずれか）"))
            #expect(shell.session.plan == Plan())
        }
    }
}
